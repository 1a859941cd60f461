'use strict';
/* Översikt: counts, document statuses, spread of the main indicators, biggest movers. */
(() => {
  const statusLabels = { ok: 'Lästa (ok)', partial: 'Delvis lästa', rejected: 'Avvisade' };

  async function load() {
    try {
      F.clearError();
      render(await F.api('/api/oversikt?' + F.params().toString()));
    } catch (e) { F.fail(e); }
  }

  function render(data) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    const year = data.filters.ar;
    const form = F.clear(F.$('filters'));
    const years = data.years.includes(year) ? data.years : [year].concat(data.years);
    form.appendChild(F.selectField('År (helår)', 'ar', years.map(y => ({ value: y, label: String(y) })), year, v => { F.setParams({ ar: v }); load(); }));
    form.appendChild(F.groupNote(data.groupLabel));

    const docs = data.documentsByStatus.reduce((s, r) => s + r.n, 0);
    const cards = F.clear(F.$('cards'));
    const card = (big, label, href) => cards.appendChild(F.el('div', { class: 'card' },
      F.el('div', { class: 'big' }, href ? F.el('a', { href }, big) : big), F.el('div', { class: 'label' }, label)));
    card(F.fmt(data.associations, 'count'), 'förbund med uppgifter för ' + year + ' (av ' + data.associationsInLake + ' i sjön)', '/forbund');
    card(F.fmt(docs, 'count'), 'dokument för ' + year, '/datakvalitet');
    data.documentsByStatus.filter(r => r.status !== 'ok').forEach(r => card(F.fmt(r.n, 'count'), (statusLabels[r.status] || r.status).toLowerCase() + ' ' + year, '/datakvalitet'));
    if (data.documentsWithoutYear) card(F.fmt(data.documentsWithoutYear, 'count'), 'dokument utan känt år', '/datakvalitet');

    Charts.draw(F.$('status-chart'), {
      grid: { left: 110, right: 30, top: 20, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.documentsByStatus.map(r => statusLabels[r.status] || r.status), axisLabel: { interval: 0 } },
      tooltip: { trigger: 'item', formatter: p => p.name + ': ' + p.value },
      series: [{ type: 'bar', barMaxWidth: 40, data: data.documentsByStatus.map(r => ({ value: r.n, itemStyle: { color: r.status === 'ok' ? '#2e7d4f' : r.status === 'partial' ? '#e59c4b' : '#c4452f' } })) }],
    });

    Table.render(F.$('movers'), [
      { label: 'Förbund', value: m => m.name, cell: m => F.associationLink(m.associationId, m.name) },
      { label: 'Indikator', value: m => m.label, cell: m => m.label },
      { label: String(year - 1), num: true, value: m => m.from, cell: m => F.indicatorLink(m.associationId, m.indicator, (year - 1) + '-12-31', m.from, m.unit) },
      { label: String(year), num: true, value: m => m.to, cell: m => F.indicatorLink(m.associationId, m.indicator, year + '-12-31', m.to, m.unit) },
      { label: 'Förändring', num: true, value: m => m.change, cell: m => (m.unit === '%' || m.unit === 'pp' || m.change <= 0 ? '' : '+') + F.fmt(m.change, m.unit === '%' ? 'pp' : F.indicatorUnit(m.indicator, m.unit)) },
    ], data.movers, { id: 'movers-table', empty: 'Inget år före att jämföra med.', export: { page: 'oversikt', table: 'forandringar', filters: data.filters } });

    const link = (r, text) => F.el('a', { href: F.withGroup('/jamforelse?' + F.query({ indikator: r.indicator, ar: year, period: 'helar' })) }, text);
    Table.render(F.$('indicators'), [
      { label: 'Indikator', value: r => r.label, cell: r => F.el('span', {}, link(r, r.label), ' ',
        F.defined({ id: r.indicator, label: r.label, help: r.help, unit: r.unit, better: r.better }, 'i', 'info'), F.el('br'), F.el('span', { class: 'note' }, r.help)) },
      { label: 'Förbund', num: true, value: r => r.spread.n, cell: r => String(r.spread.n) },
      { label: 'Nedre kvartil', num: true, value: r => r.spread.q1, cell: r => link(r, F.fmt(r.spread.q1, F.indicatorUnit(r.indicator, r.unit))) },
      { label: 'Median', num: true, value: r => r.spread.median, cell: r => link(r, F.fmt(r.spread.median, F.indicatorUnit(r.indicator, r.unit))) },
      { label: 'Övre kvartil', num: true, value: r => r.spread.q3, cell: r => link(r, F.fmt(r.spread.q3, F.indicatorUnit(r.indicator, r.unit))) },
      ...(data.rows.some(r => r.groupSpread) ? [{ label: 'Gruppens median', num: true, value: r => (r.groupSpread || {}).median,
        cell: r => F.fmt((r.groupSpread || {}).median, F.indicatorUnit(r.indicator, r.unit)) }] : []),
      { label: 'Min – max', num: true, value: r => r.spread.min, cell: r => r.spread.n ? F.fmt(r.spread.min, F.indicatorUnit(r.indicator, r.unit)) + ' – ' + F.fmt(r.spread.max, F.indicatorUnit(r.indicator, r.unit)) : '–' },
    ], data.rows, { id: 'indicator-table', export: { page: 'oversikt', table: 'indikatorer', filters: data.filters } });
  }

  window.addEventListener('popstate', load);
  load();
})();
