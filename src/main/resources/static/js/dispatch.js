// The dispatcher console: when htmx brings the suggested teams of a request, the heading above them
// takes the focus, so a screen-reader or keyboard user lands on them.
(function () {
  'use strict';

  document.addEventListener('htmx:afterSwap', function (event) {
    var title = document.getElementById('suggestions-title');
    if (title && event.detail.target && event.detail.target.id === 'suggestions') {
      title.focus();
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var title = document.getElementById('suggestions-title');
    if (title) {
      title.focus();
    }
  });
})();
