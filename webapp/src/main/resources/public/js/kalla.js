'use strict';
/*
 * Källa: the line of the document a figure was read from, with the figure marked. The text is split into
 * plain text nodes around a <mark> element; nothing from the document is parsed as HTML.
 */
(() => {
  const scenarios = { actual: 'utfall', budget: 'budget', forecast: 'prognos', plan: 'plan' };

  async function load() {
    try {
      render(await F.api('/api/kalla?' + F.params().toString()));
    } catch (e) { F.fail(e); }
  }

  function sourceLine(f) {
    const text = f.source_text || '';
    const pre = F.el('p', { class: 'source-line', 'data-line': f.source_line },
      F.el('span', { class: 'line-no' }, (f.source_page ? 'sidan ' + f.source_page + ', ' : '') + 'rad ' + f.source_line));
    const h = f.highlight;
    if (h && h.start >= 0 && h.end <= text.length) {
      F.append(pre, [F.cells(text.slice(0, h.start)), F.el('mark', {}, F.cells(text.slice(h.start, h.end))), F.cells(text.slice(h.end))]);
    } else {
      F.append(pre, F.cells(text));
    }
    return pre;
  }

  function render(data) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    if (data.kind === 'indicator') {
      const i = data.indicator;
      const info = data.info;
      F.$('title').textContent = 'Källa: ' + info.label;
      F.$('indicator').hidden = false;
      const dl = F.$('indicator-facts');
      const fact = (k, v) => dl.append(F.el('dt', {}, k), F.el('dd', {}, v));
      fact('Förbund', F.associationLink(i.association_id, i.name));
      fact('Period', i.period_end + ' (räkenskapsår ' + i.fiscal_year + ')');
      fact('Värde', F.fmt(i.value, F.indicatorUnit(i.indicator_id, i.unit)));
      fact('Beräkning', F.defined(info, info.help));
      fact('Täljare / nämnare', F.fmt(i.numerator, '') + ' / ' + F.fmt(i.denominator, ''));
      fact('Kvalitet', F.qualityTag(i.quality));
      if (i.note) fact('Anmärkning', i.note);
      F.$('facts-title').textContent = 'Indata ur dokumenten';
    } else {
      const first = data.rows[0];
      const doc = data.documents[first.doc_id] || {};
      F.$('title').textContent = 'Källa: ' + F.conceptLabel(first.concept, first.member) + (doc.association_name ? ', ' + doc.association_name : '');
    }
    const box = F.clear(F.$('facts'));
    if (!data.rows.length) box.appendChild(F.el('p', { class: 'note' }, 'Indikatorn bygger inte på uppgifter som kan visas rad för rad (t.ex. befolkning från SCB).'));
    for (const f of data.rows) {
      const doc = data.documents[f.doc_id] || {};
      box.appendChild(F.el('section', { class: 'card fact' },
        F.el('h3', {}, F.conceptLabel(f.concept, f.member), ' – ', scenarios[f.scenario] || f.scenario, ' ', f.period_end || ''),
        sourceLine(f),
        F.el('p', {}, 'Utläst värde: ', F.el('strong', {}, F.fmt(f.value, f.unit)),
          f.selected ? ' (valt värde)' : ' (alternativ uppgift, inte vald)',
          ' · säkerhet ' + F.fmt(f.confidence * 100, '%'),
          ' · ', F.el('span', {}, (F.docTypes[doc.doc_type] || doc.doc_type || 'dokument') + ' '), F.docLink(doc, f.source_line),
          f.source_page ? ' · sidan ' + f.source_page : '',
          ' · ', F.el('a', { href: '/dokument/' + encodeURIComponent(f.doc_id) + '?rad=' + f.source_line + '#rad-' + f.source_line }, 'Visa raderna runt siffran'))));
    }
    Table.render(F.$('documents'), [
      { label: 'Förbund', value: d => d.association_name, cell: d => F.associationLink(d.association_id, d.association_name) },
      { label: 'Typ', value: d => d.doc_type, cell: d => F.docTypes[d.doc_type] || d.doc_type || '–' },
      { label: 'Period', value: d => d.period_end, cell: d => d.period_end || d.meeting_date || '–' },
      { label: 'Beslutad', value: d => d.decided_on, cell: d => d.decided_on || '–' },
      { label: 'Status', value: d => d.status, cell: d => F.statusTag(d.status) },
      { label: 'Fil', value: d => d.file_name, cell: d => F.docLink(d) },
      { label: 'Dokument-id', value: d => d.doc_id, cell: d => F.el('code', { title: d.doc_id }, (d.doc_id || '').slice(0, 12) + '…') },
    ], Object.values(data.documents), { id: 'source-documents' });
  }

  load();
})();
