'use strict';
/*
 * Dokument: the normalised text with line and page numbers, the figure's line with its table header and
 * neighbours marked, and every fact read from the document. Text is written with textContent only.
 */
(() => {
  const id = decodeURIComponent(window.location.pathname.split('/').pop());
  const scenarios = { actual: 'utfall', budget: 'budget', forecast: 'prognos', plan: 'plan' };

  async function load() {
    try {
      render(await F.api('/api/dokument/' + encodeURIComponent(id) + '?' + F.params().toString()));
    } catch (e) { F.fail(e); }
  }

  function render(data) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    const d = data.document;
    const type = F.docTypes[d.doc_type] || d.doc_type || 'Dokument';
    F.$('title').textContent = type + (d.fiscal_year ? ' ' + d.fiscal_year : '') + (d.association_name ? ', ' + d.association_name : '');
    document.title = F.$('title').textContent + ' – Finsam benchmark';
    const dl = F.clear(F.$('facts'));
    const fact = (k, v) => dl.append(F.el('dt', {}, k), F.el('dd', {}, v || '–'));
    fact('Förbund', d.association_id ? F.associationLink(d.association_id, d.association_name) : null);
    fact('Fil', F.el('span', { title: d.file }, d.file_name || '–'));
    fact('Period', d.period_end || d.meeting_date);
    fact('Status', F.statusTag(d.status));
    fact('Dokument-id', F.el('code', {}, d.doc_id));
    fact('Original', data.original ? F.el('a', { href: '/api/dokument/' + encodeURIComponent(d.doc_id) + '/original', download: '' }, 'Ladda ner originalfilen')
      : 'Originalfilen finns inte på den här servern; texten nedan finns i sjön.');

    const factsByLine = new Map();
    data.facts.forEach(f => { if (!factsByLine.has(f.source_line)) factsByLine.set(f.source_line, []); factsByLine.get(f.source_line).push(f); });
    const ctx = data.context;
    const near = new Set(ctx ? ctx.neighbours : []);
    F.$('text-note').textContent = (data.complete ? data.rows.length + ' rader.' : 'Sjön saknar dokumentets fullständiga text (document_lines); bara raderna med uppgifter visas.')
      + ' Rader med uppgifter har blått radnummer; klicka på numret för uppgifterna.';
    const list = F.el('ol');
    let page = null;
    for (const r of data.rows) {
      const classes = [];
      if (r.page !== null && r.page !== page) { classes.push('page-start'); page = r.page; }
      if (factsByLine.has(r.line)) classes.push('has-fact');
      if (ctx && r.line === ctx.line) classes.push('target');
      else if (ctx && r.line === ctx.header) classes.push('header');
      else if (near.has(r.line)) classes.push('near');
      const no = factsByLine.has(r.line)
        ? F.el('a', { class: 'no', href: '?rad=' + r.line + '#rad-' + r.line, title: factsByLine.get(r.line).map(f => F.conceptLabel(f.concept, f.member) + ' ' + F.fmt(f.value, f.unit)).join('; ') }, String(r.line))
        : F.el('span', { class: 'no' }, String(r.line));
      list.appendChild(F.el('li', { id: 'rad-' + r.line, class: classes.join(' ') || null, 'data-page': r.page },
        F.el('span', {}, r.page !== null && classes.includes('page-start') ? 's. ' + r.page + ' ' : '', no), F.el('span', {}, r.text ? F.cells(r.text) : ' ')));
    }
    F.clear(F.$('text')).appendChild(list);

    if (ctx) {
      F.$('context-box').hidden = false;
      const box = F.clear(F.$('context'));
      const text = l => (data.rows.find(r => r.line === l) || {}).text || '';
      if (ctx.header) box.appendChild(F.el('p', { class: 'note' }, 'Tabellens rubrikrad (rad ' + ctx.header + '):'));
      if (ctx.header) box.appendChild(F.el('pre', {}, F.cells(ctx.headerText)));
      box.appendChild(F.el('p', { class: 'note' }, 'Rad ' + ctx.line + ' med grannrader:'));
      ctx.neighbours.forEach(l => box.appendChild(F.el('pre', { class: l === ctx.line ? 'target' : null }, (l === ctx.line ? '► ' : '  ') + l + '  ', F.cells(text(l)))));
      const onLine = factsByLine.get(ctx.line) || [];
      if (onLine.length) box.appendChild(F.el('p', {}, 'På raden: ', onLine.map((f, i) => [i ? '; ' : '', F.factLink(Object.assign({ doc_id: id }, f), f.unit), ' ', F.conceptLabel(f.concept, f.member),
        f.period_end ? ' ' + f.period_end : ''])));
      const target = document.getElementById('rad-' + ctx.line);
      if (target) target.scrollIntoView({ block: 'center' });
      window.scrollTo(0, 0);
    }

    Table.render(F.$('doc-facts'), [
      { label: 'Rad', num: true, value: f => f.source_line, cell: f => F.el('a', { href: '?rad=' + f.source_line + '#rad-' + f.source_line }, String(f.source_line)) },
      { label: 'Uppgift', value: f => F.conceptLabel(f.concept, f.member), cell: f => F.conceptLabel(f.concept, f.member) },
      { label: 'Scenario', value: f => f.scenario, cell: f => scenarios[f.scenario] || f.scenario },
      { label: 'Period', value: f => f.period_end, cell: f => f.period_end || '–' },
      { label: 'Värde', num: true, value: f => f.value, cell: f => F.factLink(Object.assign({ doc_id: id }, f), f.unit) },
      { label: 'Vald', value: f => f.selected, cell: f => (f.selected ? 'ja' : 'nej') },
    ], data.facts, { id: 'document-facts', key: 1, empty: 'Inga uppgifter lästes ur dokumentet.', export: { page: 'dokument', table: 'uppgifter', filters: { id } } });
  }

  load();
})();
