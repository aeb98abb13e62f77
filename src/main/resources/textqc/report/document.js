// textqc document page: category and severity filters. A hidden finding keeps its text but loses
// its highlight, its replacement preview and its list entry. The state lives in the URL hash
// (#hide=boilerplate,info) so a filtered view can be linked to and reloaded.
(function () {
  'use strict';
  var hidden = new Set();
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var marked = Array.prototype.slice.call(document.querySelectorAll('[data-cat]'));
  var entries = Array.prototype.slice.call(document.querySelectorAll('li[data-f]'));
  var known = new Set(boxes.map(function (b) { return b.value; }));

  function readHash() {
    var m = /(?:^#|&)hide=([^&]*)/.exec(location.hash);
    if (!m) { return; }
    decodeURIComponent(m[1]).split(',').forEach(function (v) {
      if (known.has(v)) { hidden.add(v); }
    });
  }

  function apply() {
    marked.forEach(function (el) {
      el.classList.toggle('off', hidden.has(el.dataset.cat) || hidden.has(el.dataset.sev));
    });
    boxes.forEach(function (b) {
      b.checked = !hidden.has(b.value);
      b.parentNode.classList.toggle('unchecked', !b.checked);
    });
    var shown = entries.filter(function (li) { return !li.classList.contains('off'); }).length;
    var counter = document.getElementById('shown');
    if (counter) {
      counter.textContent = shown + ' of ' + entries.length + ' findings shown';
    }
    document.body.dataset.hidden = Array.from(hidden).sort().join(',');
    try {
      var hash = hidden.size ? '#hide=' + Array.from(hidden).sort().join(',') : ' ';
      history.replaceState(null, '', hash === ' ' ? location.pathname + location.search : hash);
    } catch (e) { /* file: URLs in some browsers refuse; the filter still works */ }
  }

  boxes.forEach(function (b) {
    b.addEventListener('change', function () {
      if (b.checked) { hidden.delete(b.value); } else { hidden.add(b.value); }
      apply();
    });
  });
  entries.forEach(function (li) {
    li.addEventListener('click', function () {
      var target = document.getElementById('f' + li.dataset.f);
      if (!target) { return; }
      target.scrollIntoView({block: 'center', behavior: 'smooth'});
      target.classList.add('focus');
      setTimeout(function () { target.classList.remove('focus'); }, 1500);
    });
  });
  readHash();
  apply();
})();
