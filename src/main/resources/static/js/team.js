// The team member's page: "report my position" asks the browser where it is and posts it; the typed
// form stays for phones that say no, and for browsers without JavaScript.
(function () {
  'use strict';

  function report(form, button, status) {
    if (!navigator.geolocation) {
      status.textContent = button.dataset.failed;
      return;
    }
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(function (position) {
      var body = new URLSearchParams();
      body.set('team', form.querySelector('input[name=team]').value);
      body.set('lat', position.coords.latitude);
      body.set('lon', position.coords.longitude);
      var token = document.querySelector('meta[name=csrf-token]');
      fetch(form.action, {
        method: 'POST',
        headers: { 'X-Requested-With': 'team.js', 'X-CSRF-TOKEN': token ? token.content : '' },
        body: body,
        credentials: 'same-origin'
      }).then(function (response) {
        status.textContent = response.ok ? button.dataset.done : button.dataset.failed;
      }).catch(function () {
        status.textContent = button.dataset.failed;
      }).finally(function () {
        button.disabled = false;
      });
    }, function () {
      status.textContent = button.dataset.failed;
      button.disabled = false;
    }, { enableHighAccuracy: true, timeout: 15000 });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-position-form]').forEach(function (form) {
      var button = form.querySelector('[data-locate]');
      var status = form.querySelector('[data-position-status]');
      button.hidden = false;
      button.addEventListener('click', function () { report(form, button, status); });
    });
  });
})();
