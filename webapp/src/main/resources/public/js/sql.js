'use strict';
/*
 * SQL workbench: CodeMirror editor, schema browser, paged result table in Swedish formats, "chart this",
 * CSV/Parquet download of the whole result and saved queries shared by URL (/sql?q=<id>). Everything from
 * the lake or the analyst is written with textContent (F.el), never as HTML. An error never clears the editor.
 */
(() => {
  const PAGE = 50;
  const state = { result: null, page: 0, examples: [], limits: null };
  const editor = CodeMirror.fromTextArea(F.$('sql-editor'), {
    mode: 'text/x-sql', lineNumbers: true, matchBrackets: true, indentWithTabs: false, tabSize: 2,
    extraKeys: { 'Ctrl-Enter': () => run(), 'Cmd-Enter': () => run() },
  });

  async function post(path, body, accept) {
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: accept || 'application/json' },
      body: JSON.stringify(body) });
  }

  async function errorOf(response) {
    try { const b = await response.json(); return b.error || ('Fel ' + response.status); } catch (e) { return 'Fel ' + response.status; }
  }

  function showError(message) {
    const box = F.$('sql-error');
    box.textContent = message;
    box.hidden = !message;
  }

  function status(text) { F.$('sql-status').textContent = text || ''; }

  async function run() {
    showError('');
    status('Kör …');
    F.$('run').disabled = true;
    try {
      const response = await post('/api/sql', { sql: editor.getValue() });
      if (!response.ok) { status(''); showError(await errorOf(response)); return; }
      const body = await response.json();
      state.result = body;
      state.page = 0;
      status(F.fmt(body.rowCount, 'count') + (body.rowCount === 1 ? ' rad' : ' rader') + ' på ' + F.fmt(body.elapsedMs, 'count') + ' ms');
      const t = F.$('truncated');
      t.hidden = !body.truncated;
      t.textContent = body.truncated ? 'Visar de första ' + F.fmt(body.rowCount, 'count') + ' raderna – frågan gav fler. Ladda ner hela'
        + ' resultatet (högst ' + F.fmt(state.limits ? state.limits.downloadRows : 1e6, 'count') + ' rader) som CSV eller Parquet.' : '';
      renderTable();
      setupChart();
    } catch (e) {
      status('');
      showError('Servern svarade inte: ' + e.message);
    } finally {
      F.$('run').disabled = false;
    }
  }

  const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });
  function numeric(type) { return /^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|DOUBLE|REAL|DECIMAL.*|NUMERIC.*)$/i.test(type); }
  /* Years, ids and line numbers are labels, not amounts: 2023, not 2 023. */
  const labelColumn = /(year|^ar$|_ar$|^år$|number|nummer|^indicator$|^id$|_id$|line|rang|rank)/i;
  function cellText(v, column) {
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number') return labelColumn.test(column.name) ? String(v) : numberFormat.format(v);
    if (typeof v === 'boolean') return v ? 'sant' : 'falskt';
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }

  function renderTable() {
    const r = state.result;
    const container = F.clear(F.$('results'));
    const from = state.page * PAGE;
    const rows = r.rows.slice(from, from + PAGE);
    const head = F.el('tr', {}, r.columns.map(c => F.el('th', { scope: 'col', class: numeric(c.type) ? 'num' : null, title: c.type }, c.name)));
    const body = F.el('tbody', {}, rows.map(row => F.el('tr', {}, row.map((v, i) => F.el('td', {
      class: [numeric(r.columns[i].type) ? 'num' : '', v === null ? 'null' : ''].join(' ').trim() || null,
    }, cellText(v, r.columns[i]))))));
    if (rows.length === 0) body.appendChild(F.el('tr', {}, F.el('td', { colspan: r.columns.length || 1, class: 'muted' }, 'Inga rader.')));
    container.appendChild(F.el('div', { class: 'table-wrap' }, F.el('table', { id: 'result-table' }, F.el('thead', {}, head), body)));
    const pager = F.clear(F.$('pager'));
    const pages = Math.ceil(r.rows.length / PAGE);
    pager.hidden = pages <= 1;
    if (pages > 1) {
      pager.appendChild(F.el('button', { type: 'button', class: 'button', id: 'page-prev', disabled: state.page === 0,
        onclick: () => { state.page--; renderTable(); } }, '← Föregående'));
      pager.appendChild(F.el('span', {}, 'Rad ' + F.fmt(from + 1, 'count') + '–' + F.fmt(from + rows.length, 'count')
        + ' av ' + F.fmt(r.rows.length, 'count')));
      pager.appendChild(F.el('button', { type: 'button', class: 'button', id: 'page-next', disabled: state.page >= pages - 1,
        onclick: () => { state.page++; renderTable(); } }, 'Nästa →'));
    }
  }

  function setupChart() {
    const cols = state.result.columns;
    const section = F.$('chart-section');
    // A new result wipes the old chart: a chart must never show figures from another query.
    const old = echarts.getInstanceByDom(F.$('sql-chart'));
    if (old) old.clear();
    F.$('sql-chart').hidden = true;
    F.$('chart-note').textContent = '';
    const ys = cols.map((c, i) => ({ c, i })).filter(x => numeric(x.c.type));
    section.hidden = ys.length === 0 || state.result.rows.length === 0;
    if (section.hidden) return;
    const options = list => list.map(x => F.el('option', { value: x.i }, x.c.name + ' (' + x.c.type + ')'));
    const xs = cols.map((c, i) => ({ c, i }));
    // Categories along the x axis (a name, else a year or id), an amount up the y axis: never the year as a value.
    const firstText = xs.find(x => !numeric(x.c.type)) || xs.find(x => labelColumn.test(x.c.name));
    F.append(F.clear(F.$('chart-x')), options(xs));
    F.append(F.clear(F.$('chart-y')), options(ys));
    const xi = (firstText || xs[0]).i;
    F.$('chart-x').value = String(xi);
    F.$('chart-y').value = String((ys.find(y => y.i !== xi && !labelColumn.test(y.c.name)) || ys.find(y => y.i !== xi) || ys[0]).i);
  }

  function drawChart() {
    const r = state.result;
    const type = F.$('chart-type').value;
    const xi = Number(F.$('chart-x').value);
    const yi = Number(F.$('chart-y').value);
    const xNumeric = numeric(r.columns[xi].type) && type !== 'bar';
    const rows = r.rows.filter(row => row[yi] !== null);
    const box = F.$('sql-chart');
    box.hidden = false;
    box.classList.add('chart');
    F.$('chart-note').textContent = (r.truncated ? 'Diagrammet bygger på de första ' + F.fmt(r.rowCount, 'count') + ' raderna (resultatet har fler). ' : '')
      + r.columns[yi].name + ' mot ' + r.columns[xi].name + '.';
    const chart = Charts.draw(box, {
      grid: { left: 30, right: 40, top: 40, bottom: 20, containLabel: true },
      xAxis: xNumeric ? { type: 'value', name: r.columns[xi].name, scale: true, axisLabel: { formatter: v => numberFormat.format(v) } }
        : { type: 'category', data: rows.map(row => cellText(row[xi], r.columns[xi])), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: r.columns[yi].name, scale: type === 'scatter', axisLabel: { formatter: v => numberFormat.format(v) } },
      tooltip: { trigger: 'item', formatter: p => (xNumeric ? numberFormat.format(p.value[0]) : p.name) + ': '
        + numberFormat.format(Array.isArray(p.value) ? p.value[1] : p.value) },
      series: [{ type, name: r.columns[yi].name, data: xNumeric ? rows.map(row => [row[xi], row[yi]]) : rows.map(row => row[yi]),
        itemStyle: { color: '#1f5fa8' }, symbolSize: 8 }],
    });
    chart.resize();
  }

  async function download(format) {
    showError('');
    status('Förbereder nedladdning …');
    try {
      const response = await post('/api/sql?format=' + format, { sql: editor.getValue() }, format === 'csv' ? 'text/csv' : '*/*');
      if (!response.ok) { status(''); showError(await errorOf(response)); return; }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = F.el('a', { href: url, download: 'resultat.' + format, hidden: true });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      const rows = response.headers.get('X-Row-Count');
      status('Laddade ner ' + F.fmt(Number(rows), 'count') + ' rader som ' + format.toUpperCase()
        + (response.headers.get('X-Truncated') === 'true' ? ' (taket nått – resultatet har fler rader)' : '') + '.');
    } catch (e) {
      status('');
      showError('Nedladdningen misslyckades: ' + e.message);
    }
  }

  async function save() {
    showError('');
    const name = F.$('query-name').value.trim();
    if (!name) { showError('Ge frågan ett namn innan du sparar den.'); F.$('query-name').focus(); return; }
    const response = await post('/api/queries', { name, sql: editor.getValue() });
    if (!response.ok) { showError(await errorOf(response)); return; }
    const body = await response.json();
    window.history.pushState(null, '', '/sql?q=' + encodeURIComponent(body.query.id));
    showShare(body.query);
    await loadSaved(body.query.id);
  }

  function showShare(q) {
    const share = F.clear(F.$('share'));
    const url = window.location.origin + '/sql?q=' + encodeURIComponent(q.id);
    share.hidden = false;
    F.append(share, ['Sparad som ”' + q.name + '”. Dela länken: ', F.el('a', { href: url, id: 'share-link' }, url)]);
  }

  async function loadSaved(selected) {
    const body = await F.api('/api/queries');
    const select = F.$('saved');
    F.clear(select).appendChild(F.el('option', { value: '' }, 'Välj en sparad fråga …'));
    body.rows.forEach(q => select.appendChild(F.el('option', { value: q.id, selected: q.id === selected }, q.name + ' (' + q.created + ')')));
  }

  async function openSaved(id) {
    const body = await F.api('/api/queries/' + encodeURIComponent(id));
    editor.setValue(body.query.sql);
    F.$('query-name').value = body.query.name;
    showShare(body.query);
    await run();
  }

  function renderSchema(relations) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    const box = F.clear(F.$('schema'));
    relations.forEach(rel => {
      const insert = text => () => { editor.replaceSelection(text); editor.focus(); };
      box.appendChild(F.el('details', { 'data-name': rel.name, open: rel.name === 'associations' },
        F.el('summary', {}, rel.name, F.el('span', { class: 'kind' }, rel.kind)),
        rel.description ? F.el('p', { class: 'desc' }, rel.description) : null,
        F.el('ul', {}, F.el('li', {}, F.el('button', { type: 'button', onclick: insert(rel.name), title: 'Infoga vyns namn' }, 'infoga ' + rel.name)),
          rel.columns.map(c => F.el('li', { 'data-name': c.name },
            F.el('button', { type: 'button', onclick: insert(c.name), title: 'Infoga kolumnens namn' }, c.name),
            F.el('span', { class: 'type' }, c.type), c.description ? F.el('span', { class: 'desc' }, c.description) : null)))));
    });
  }

  function filterSchema(text) {
    const t = text.trim().toLowerCase();
    document.querySelectorAll('#schema details').forEach(d => {
      let any = d.dataset.name.includes(t);
      d.querySelectorAll('li[data-name]').forEach(li => {
        const hit = !t || li.textContent.toLowerCase().includes(t);
        li.hidden = !hit && !d.dataset.name.includes(t);
        any = any || hit;
      });
      d.hidden = !any;
      if (t) d.open = any;
    });
  }

  async function start() {
    try {
      const schema = await F.api('/api/sql/schema');
      state.limits = schema.limits;
      state.examples = schema.examples;
      renderSchema(schema.rows);
      const ex = F.$('examples');
      let group = null;
      schema.examples.forEach((e, i) => {
        if (!group || group.label !== e.group) ex.appendChild(group = F.el('optgroup', { label: e.group }));
        group.appendChild(F.el('option', { value: i }, e.title));
      });
      const id = F.params().get('q');
      await loadSaved(id);
      F.$('delete-saved').disabled = !id;
      if (id) await openSaved(id);
    } catch (e) { F.fail(e); }
  }

  F.$('sql-form').addEventListener('submit', e => { e.preventDefault(); run(); });
  F.$('download-csv').addEventListener('click', () => download('csv'));
  F.$('download-parquet').addEventListener('click', () => download('parquet'));
  F.$('save').addEventListener('click', save);
  F.$('chart-draw').addEventListener('click', drawChart);
  F.$('schema-filter').addEventListener('input', e => filterSchema(e.target.value));
  F.$('examples').addEventListener('change', e => {
    const ex = state.examples[Number(e.target.value)];
    if (ex) { editor.setValue(ex.sql); F.$('query-name').value = ex.title; run(); }
  });
  async function deleteSaved() {
    const select = F.$('saved');
    const id = select.value;
    if (!id || !window.confirm('Ta bort den sparade frågan ”' + select.selectedOptions[0].textContent + '”?')) return;
    const response = await fetch('/api/queries/' + encodeURIComponent(id), { method: 'DELETE' });
    if (!response.ok) { showError(await errorOf(response)); return; }
    window.history.pushState(null, '', '/sql');
    F.$('share').hidden = true;
    await loadSaved('');
    F.$('delete-saved').disabled = true;
  }

  F.$('delete-saved').addEventListener('click', () => deleteSaved().catch(err => showError(err.message)));
  F.$('saved').addEventListener('change', e => {
    F.$('delete-saved').disabled = !e.target.value;
    if (!e.target.value) return;
    window.history.pushState(null, '', '/sql?q=' + encodeURIComponent(e.target.value));
    openSaved(e.target.value).catch(err => showError(err.message));
  });
  start();
})();
