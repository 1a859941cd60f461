'use strict';
/* Datakvalitet: documents by status with reasons, failed checks, flagged indicators, and gold matches if configured. */
(() => {
  const statusLabels = { ok: 'lästa (ok)', partial: 'delvis lästa', rejected: 'avvisade' };

  async function load() {
    try {
      render(await F.api('/api/datakvalitet'));
    } catch (e) { F.fail(e); }
  }

  function render(data) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    F.$('truncated').hidden = !data.truncated;
    const cards = F.clear(F.$('cards'));
    for (const s of data.documentsByStatus) {
      cards.appendChild(F.el('div', { class: 'card' }, F.el('div', { class: 'big' }, F.fmt(s.n, 'count')), F.el('div', { class: 'label' }, 'dokument ' + (statusLabels[s.status] || s.status))));
    }
    cards.appendChild(F.el('div', { class: 'card' }, F.el('div', { class: 'big' }, F.fmt(data.rows.length, 'count')), F.el('div', { class: 'label' }, 'underkända kontroller')));

    const exp = table => ({ page: 'datakvalitet', table, filters: {} });
    Table.render(F.$('problems'), [
      { label: 'Slag', value: p => p.label, cell: p => F.el('span', {}, p.label, p.examples.some(e => e.detail) ? F.el('span', { class: 'note', title: p.examples.map(e => e.detail).filter(Boolean).join(' | ') }, ' (detaljer)') : null) },
      { label: 'Status', value: p => p.status, cell: p => F.statusTag(p.status) },
      { label: 'Dokument', num: true, value: p => p.documents, cell: p => String(p.documents) },
      { label: 'Förekomster', num: true, value: p => p.n, cell: p => String(p.n) },
      { label: 'Exempel', cell: p => F.el('span', {}, p.examples.map((e, i) => [i ? ' · ' : '', F.docLink(e, e.line), e.line ? ' rad ' + e.line : '', e.association_name ? ' (' + F.shortName(e.association_name) + ')' : ''])) },
    ], data.problems, { id: 'problem-table', empty: 'Alla dokument lästes utan anmärkning.', export: exp('problem') });

    Table.render(F.$('documents'), [
      { label: 'Fil', value: d => d.file_name, cell: d => F.docLink(d) },
      { label: 'Status', value: d => d.status, cell: d => F.statusTag(d.status) },
      { label: 'Förbund', value: d => d.association_name, cell: d => F.associationLink(d.association_id, d.association_name) },
      { label: 'Typ', value: d => d.doc_type, cell: d => F.docTypes[d.doc_type] || d.doc_type },
      { label: 'År', num: true, value: d => d.fiscal_year, cell: d => String(d.fiscal_year || '–') },
      { label: 'Skäl', value: d => (d.problem_labels || []).join('; '), cell: d => (d.problem_labels || []).join('; ') || '–' },
    ], data.documents, { id: 'quality-documents', empty: 'Inga.', export: exp('dokument') });

    const units = { SEK: 'kr', count: 'count', pct: '%' };
    Table.render(F.$('checks'), [
      { label: 'Förbund', value: c => c.name, cell: c => F.associationLink(c.association_id, c.name) },
      { label: 'År', num: true, value: c => c.fiscal_year, cell: c => String(c.fiscal_year || '–') },
      { label: 'Kontroll', value: c => c.description, cell: c => c.description || c.check_id },
      { label: 'Förväntat', num: true, value: c => c.expected, cell: c => F.fmt(c.expected, units[c.unit]) },
      { label: 'Faktiskt', num: true, value: c => c.actual, cell: c => F.fmt(c.actual, units[c.unit]) },
      { label: 'Differens', num: true, value: c => c.actual - c.expected, cell: c => F.fmt(c.actual - c.expected, units[c.unit]) },
      { label: 'Dokument', value: c => c.file_name, cell: c => F.docLink(c) },
    ], data.rows, { id: 'failed-checks', empty: 'Alla kontroller godkända.', export: exp('kontroller') });

    Table.render(F.$('flagged'), [
      { label: 'Förbund', value: i => i.name, cell: i => F.associationLink(i.association_id, i.name) },
      { label: 'Indikator', value: i => i.label, cell: i => i.label },
      { label: 'Period', value: i => i.period_end, cell: i => i.period_end },
      { label: 'Värde', num: true, value: i => i.value, cell: i => F.indicatorLink(i.association_id, i.indicator_id, i.period_end, i.value, i.unit) },
      { label: 'Kvalitet', value: i => i.quality, cell: i => F.qualityTag(i.quality) },
      { label: 'Anmärkning', value: i => i.note, cell: i => i.note || '–' },
    ], data.flaggedIndicators, { id: 'flagged-indicators', empty: 'Inga inkonsekventa indikatorer.', export: exp('flaggade') });

    Table.render(F.$('missing'), [
      { label: 'Indikator', value: i => i.label, cell: i => F.el('a', { href: '/jamforelse?' + F.query({ indikator: i.indicator_id }) }, i.label) },
      { label: 'Värden utan indata', num: true, value: i => i.n, cell: i => String(i.n) },
      { label: 'Förbund', num: true, value: i => i.associations, cell: i => String(i.associations) },
    ], data.missingInputs, { id: 'missing-inputs', empty: 'Alla indikatorer kunde beräknas.' });

    truth(data.truth);
  }

  function truth(t) {
    const box = F.clear(F.$('truth'));
    if (!t) {
      box.appendChild(F.el('p', { class: 'note' }, 'Inget facit är angivet. Starta servern med ', F.el('code', {}, '--truth FIL'), ' (t.ex. guldsiffrorna för referensrapporterna) för att se hur många uppgifter som stämmer.'));
      return;
    }
    box.appendChild(F.el('p', {}, 'Facit ', F.el('code', {}, String(t.file).split('/').pop()), ': ', F.el('strong', {}, t.matched + ' av ' + t.total), ' uppgifter stämmer, ' + t.wrong + ' har fel värde, ' + t.missing + ' saknas.'));
    const div = F.el('div');
    box.appendChild(div);
    Table.render(div, [
      { label: 'Utfall', value: p => p.outcome, cell: p => p.outcome },
      { label: 'Fil', value: p => p.file, cell: p => F.el('code', {}, String(p.file || '').split('/').pop()) },
      { label: 'Period', value: p => p.period_end, cell: p => p.period_end },
      { label: 'Begrepp', value: p => p.concept, cell: p => p.concept + (p.member ? ' · ' + p.member : '') + ' (' + p.scenario + ')' },
      { label: 'Facit', num: true, value: p => p.expected, cell: p => F.fmt(p.expected, '') },
      { label: 'Sjön', num: true, value: p => p.actual, cell: p => (p.doc_id ? F.el('a', { href: F.factHref({ doc_id: p.doc_id, source_line: p.source_line, concept: p.concept, member: p.member }) }, F.fmt(p.actual, '')) : '–') },
    ], t.problems, { id: 'truth-table', empty: 'Allt stämmer.' });
  }

  load();
})();
