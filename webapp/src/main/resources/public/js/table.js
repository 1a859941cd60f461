'use strict';
/*
 * Sortable tables: column headers are real buttons (keyboard usable) and aria-sort says the order.
 * columns: [{ label, value: row => sortable value, cell: row => Node|string, num: bool }]
 * options: id, caption, empty, sortIndex, ascending; key: index of the column that names the row (it stays in view
 * when the table scrolls sideways on a phone; default 0; a table of more than 15 rows scrolls in its own box with the
 * header in view, so no page grows without end); export: { page, table, filters } adds CSV and Excel links.
 */
const Table = (() => {
  const DATE = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

  function render(container, columns, rows, options) {
    const opts = options || {};
    let sortIndex = opts.sortIndex === undefined ? -1 : opts.sortIndex;
    let ascending = opts.ascending !== false;
    const keyIndex = opts.key === undefined ? 0 : opts.key;
    const table = F.el('table', { id: opts.id, class: 'keyed' });
    if (opts.caption) table.appendChild(F.el('caption', {}, opts.caption));
    const headRow = F.el('tr');
    const headers = columns.map((c, i) => {
      const th = F.el('th', { scope: 'col', class: [c.num ? 'num' : '', i === keyIndex ? 'key' : ''].join(' ').trim() || null });
      if (c.value) {
        th.appendChild(F.el('button', { type: 'button', class: 'sort', onclick: () => sortBy(i) }, c.label));
      } else {
        th.textContent = c.label;
      }
      headRow.appendChild(th);
      return th;
    });
    table.appendChild(F.el('thead', {}, headRow));
    const body = F.el('tbody');
    table.appendChild(body);

    function sortBy(i) {
      if (sortIndex === i) ascending = !ascending; else { sortIndex = i; ascending = true; }
      draw();
    }

    function draw() {
      let sorted = rows.slice();
      if (sortIndex >= 0) {
        const key = columns[sortIndex].value;
        sorted.sort((a, b) => compare(key(a), key(b)) * (ascending ? 1 : -1));
      }
      headers.forEach((th, i) => {
        if (i === sortIndex) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
      });
      F.clear(body);
      if (sorted.length === 0) {
        body.appendChild(F.el('tr', { class: 'empty' }, F.el('td', { colspan: columns.length, class: 'muted' }, opts.empty || 'Inga rader.')));
      }
      for (const row of sorted) {
        body.appendChild(F.el('tr', {}, columns.map((c, i) => {
          const cell = F.el(i === keyIndex ? 'th' : 'td',
            { class: [c.num ? 'num' : '', i === keyIndex ? 'key' : ''].join(' ').trim() || null, scope: i === keyIndex ? 'row' : null },
            c.cell(row));
          // A date is one word: never "2024-12-" on one line and "31" on the next.
          if (DATE.test(cell.textContent)) cell.classList.add('date');
          // A sentence or a list of files reads as a paragraph, not a column a word wide (its column gets room).
          else if (cell.textContent.length > 60 && !c.num) cell.classList.add('long');
          return cell;
        })));
      }
    }

    draw();
    F.clear(container);
    if (opts.export) container.appendChild(F.exportLinks(opts.export.page, opts.export.table, opts.export.filters));
    container.appendChild(F.el('div', { class: 'table-wrap' + (rows.length > 15 ? ' scroll' : '') }, table));
    return table;
  }

  function compare(a, b) {
    const an = a === null || a === undefined;
    const bn = b === null || b === undefined;
    if (an || bn) return an === bn ? 0 : an ? 1 : -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), 'sv');
  }

  return { render };
})();
