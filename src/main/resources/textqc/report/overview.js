// textqc overview page: search by name, show only documents with findings or likely machine
// translation, and sort by any column (click its header).
(function () {
  'use strict';
  var table = document.querySelector('table.docs');
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var search = document.getElementById('search');
  var onlyFindings = document.getElementById('only-findings');
  var onlyMt = document.getElementById('only-mt');
  var counter = document.getElementById('shown');

  function filter() {
    var q = (search.value || '').toLowerCase();
    var shown = 0;
    rows.forEach(function (r) {
      var hide = (q && r.dataset.name.toLowerCase().indexOf(q) < 0)
          || (onlyFindings.checked && r.dataset.findings === '0')
          || (onlyMt.checked && r.dataset.mt !== 'likely');
      r.classList.toggle('hidden', hide);
      if (!hide) { shown++; }
    });
    counter.textContent = shown + ' of ' + rows.length + ' documents shown';
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.addEventListener('click', function () {
      var asc = th.classList.contains('sorted') ? !th.classList.contains('asc')
          : th.dataset.type !== 'number';
      Array.prototype.forEach.call(th.parentNode.cells, function (c) {
        c.classList.remove('sorted', 'asc');
      });
      th.classList.add('sorted');
      th.classList.toggle('asc', asc);
      var number = th.dataset.type === 'number';
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.sort || a.cells[col].textContent;
        var y = b.cells[col].dataset.sort || b.cells[col].textContent;
        var d = number ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
        return asc ? d : -d;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  [search, onlyFindings, onlyMt].forEach(function (el) {
    el.addEventListener('input', filter);
    el.addEventListener('change', filter);
  });
  filter();
})();
