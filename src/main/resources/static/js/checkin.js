// The door page: after each check-in the code field is emptied and focused again for the next person,
// and where the browser can read QR codes (BarcodeDetector) a button scans the attendee's code with the
// camera and checks it in. Typing the code always works, with or without this file.
(function () {
  'use strict';

  var form = document.querySelector('.checkin-form');
  if (!form) {
    return;
  }
  var input = form.querySelector('#code');

  document.body.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'checkin-result') {
      input.value = '';
      input.focus();
    }
  });

  if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  var button = form.querySelector('#scan');
  var video = form.querySelector('#scanner');
  var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
  var stream = null;
  button.hidden = false;

  function stop() {
    if (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      stream = null;
    }
    video.hidden = true;
  }

  function look() {
    if (!stream) {
      return;
    }
    detector.detect(video).then(function (codes) {
      if (codes.length) {
        input.value = codes[0].rawValue.trim().toUpperCase();
        stop();
        form.requestSubmit();
      } else {
        window.requestAnimationFrame(look);
      }
    }).catch(function () { window.requestAnimationFrame(look); });
  }

  button.addEventListener('click', function () {
    if (stream) {
      stop();
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      return video.play();
    }).then(look).catch(stop);
  });
})();
