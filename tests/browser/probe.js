// Run by Chromium after the page's own script: for every cell the page marks, the headers the
// browser drew above it and to its left (by their boxes, not by the markup), written on the
// cell as data-seen-cols and data-seen-rows (their data-key, top to bottom and left to right),
// so check_dom.py can compare them with the cell's data-cell. The tooltips are hidden and take
// no room, so they move nothing.
(function () {
  'use strict';
  var keys = function (ths) {
    return ths.map(function (th) { return th.getAttribute('data-key'); }).filter(Boolean).join(' ');
  };
  var marked = document.querySelectorAll('td[data-cell]');
  Array.prototype.forEach.call(marked, function (td) {
    var table = td.closest('table'), box = td.getBoundingClientRect();
    var x = (box.left + box.right) / 2, y = (box.top + box.bottom) / 2;
    var block = td.closest('tbody');
    var cols = [], rows = [];
    Array.prototype.forEach.call(table.querySelectorAll('th'), function (th) {
      var r = th.getBoundingClientRect(), scope = th.getAttribute('scope') || '';
      var sameBlock = th.closest('thead') || th.closest('tbody') === block;
      if (scope.indexOf('col') === 0 && sameBlock && r.left <= x && x < r.right && r.bottom <= box.top + 1)
        cols.push(th);
      if (scope.indexOf('row') === 0 && r.top <= y && y < r.bottom && r.right <= box.left + 1) rows.push(th);
    });
    cols.sort(function (a, b) { return a.getBoundingClientRect().top - b.getBoundingClientRect().top; });
    rows.sort(function (a, b) { return a.getBoundingClientRect().left - b.getBoundingClientRect().left; });
    td.setAttribute('data-seen-cols', keys(cols));
    td.setAttribute('data-seen-rows', keys(rows));
  });
  document.body.setAttribute('data-probed', String(marked.length));
})();
