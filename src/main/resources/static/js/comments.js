// Progressive enhancement of comment threads: a refused comment form (422) is shown in place, with why.
(function () {
  'use strict';
  if (window.ortakakilComments) {
    return;
  }
  window.ortakakilComments = true;
  document.addEventListener('htmx:beforeSwap', function (event) {
    var from = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (event.detail.xhr.status === 422 && from && from.closest && from.closest('.comment-thread')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var field = event.detail.target && event.detail.target.querySelector
      ? event.detail.target.querySelector('[aria-invalid="true"]') : null;
    if (field) {
      field.focus();
    }
  });
})();
