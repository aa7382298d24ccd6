// The ballot page without a round trip: as projects are ticked, points typed or ranks chosen, the running
// total and what is still possible are updated (in the aria-live status, so screen readers hear them), and
// projects that no longer fit what is left are marked, in words as well as in colour. Everything here is
// also done by the server when "check my ballot" is pressed: the page works the same without this file.
(function () {
  'use strict';

  var printButton = document.querySelector('[data-print]');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', function () { window.print(); });
  }

  var form = document.querySelector('.ballot-form');
  if (!form) {
    return;
  }
  var data = form.dataset;
  var type = data.type;
  var amount = parseFloat(data.amount);
  var money;
  try {
    money = new Intl.NumberFormat(data.locale + '-u-nu-latn', { style: 'currency', currency: 'TRY', minimumFractionDigits: 0, maximumFractionDigits: 0 });
  } catch (e) {
    money = { format: function (value) { return Math.round(value) + ' TRY'; } };
  }
  var controls = Array.prototype.slice.call(form.querySelectorAll('[data-cost]'));

  function fill(text, a, b) {
    return (text || '').replace('{0}', a).replace('{1}', b);
  }

  function show(name, text) {
    var element = form.querySelector('[data-status="' + name + '"]');
    if (element) {
      element.textContent = text;
    }
    return element;
  }

  function describe(control, id, on) {
    var ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (x) { return x && x !== id; });
    if (on) {
      ids.push(id);
    }
    control.setAttribute('aria-describedby', ids.join(' '));
  }

  function knapsack() {
    var total = 0;
    controls.forEach(function (box) {
      if (box.checked) {
        total += parseFloat(box.dataset.cost);
      }
    });
    var left = amount - total;
    show('total', fill(data.totalText, money.format(total)));
    var leftLine = show('left', fill(data.leftText, money.format(Math.max(left, 0))));
    var overLine = show('over', fill(data.overText, money.format(-left)));
    if (leftLine) { leftLine.hidden = left < 0; }
    if (overLine) { overLine.hidden = left >= 0; }
    controls.forEach(function (box) {
      var row = box.closest('.ballot-project');
      var note = row.querySelector('.fit-note');
      var notFitting = !box.checked && parseFloat(box.dataset.cost) > left;
      row.classList.toggle('not-fitting', notFitting);
      note.hidden = !notFitting;
      describe(box, note.id, notFitting);
    });
  }

  function update() {
    if (type === 'KNAPSACK') {
      knapsack();
    } else if (type === 'APPROVAL') {
      show('count', fill(data.chosenText, controls.filter(function (c) { return c.checked; }).length));
    } else if (type === 'ORDINAL') {
      show('count', fill(data.rankedText, controls.filter(function (c) { return c.value !== ''; }).length));
    } else if (type === 'CUMULATIVE') {
      var used = 0;
      controls.forEach(function (input) {
        var value = parseInt(input.value, 10);
        if (value > 0 && String(value) === input.value.trim()) {
          used += value;
        }
      });
      show('points', fill(data.pointsText, used, Math.max(parseInt(data.points, 10) - used, 0)));
    }
  }

  form.addEventListener('change', update);
  form.addEventListener('input', update);
})();
