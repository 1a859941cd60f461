'use strict';
/* Jämförelse: ranked bars with the national median, a box plot, and a sortable table; the URL holds the filters. */
(() => {
  let last = null;

  async function load() {
    try {
      F.clearError();
      const data = await F.api('/api/jamforelse?' + F.params().toString());
      last = data;
      render(data);
    } catch (e) { F.fail(e); }
  }

  function change(name, value) {
    F.setParams({ [name]: value });
    load();
  }

  function filters(data) {
    const f = data.filters;
    const form = F.clear(F.$('filters'));
    form.addEventListener('submit', e => e.preventDefault());
    form.appendChild(F.selectField('Indikator', 'indikator', data.indicators.map(i => ({ value: i.id, label: i.label })), f.indikator, v => change('indikator', v)));
    const years = data.years.includes(f.ar) ? data.years : [f.ar].concat(data.years);
    form.appendChild(F.selectField('År', 'ar', years.map(y => ({ value: y, label: String(y) })), f.ar, v => change('ar', v)));
    form.appendChild(F.selectField('Period', 'period', [{ value: 'helar', label: 'Helår' }, { value: 'halvar', label: 'Halvår' }], f.period, v => change('period', v)));
    form.appendChild(F.selectField('Grupp', 'grupp', data.groups, f.grupp, v => change('grupp', v)));
  }

  function render(data) {
    filters(data);
    const info = data.indicator;
    const unit = F.indicatorUnit(info.id, info.unit);
    const f = data.filters;
    const summary = F.$('summary');
    summary.classList.remove('loading');
    summary.textContent = info.label + ' (' + info.help + '), ' + (f.period === 'halvar' ? 'halvår ' : 'helår ') + f.ar
      + ': ' + data.rows.length + ' förbund visas. Riksmedian ' + F.fmt(data.national.median, unit)
      + ', kvartiler ' + F.fmt(data.national.q1, unit) + ' – ' + F.fmt(data.national.q3, unit) + ' (' + data.national.n + ' förbund).'
      + (info.better > 0 ? ' Högre är bättre.' : info.better < 0 ? ' Lägre är bättre.' : '');
    F.quartileLegend(F.$('legend'), info.better);
    F.$('csv-link').setAttribute('href', '/api/jamforelse.csv?' + F.query(f));
    rankChart(data, unit);
    boxChart(data, unit);
    table(data, unit);
    missing(data);
  }

  function rankChart(data, unit) {
    const rows = data.rows.slice().reverse();
    Charts.draw(F.$('rank-chart'), {
      grid: { left: 200, right: 40, top: 30, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: v => F.fmt(v, unit) } },
      yAxis: { type: 'category', data: rows.map(r => F.shortName(r.name)), axisLabel: { width: 185, overflow: 'truncate' } },
      tooltip: { trigger: 'item', formatter: p => rows[p.dataIndex].name + '\n' + F.fmt(p.value, unit) },
      series: [{
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map(r => ({ value: r.value, itemStyle: { color: F.quartileColour(r.quartile, data.indicator.better) } })),
        markLine: data.national.median === null ? undefined : {
          symbol: 'none', label: { formatter: 'Riksmedian ' + F.fmt(data.national.median, unit), position: 'end' },
          lineStyle: { color: '#1d2430', type: 'dashed' }, data: [{ xAxis: data.national.median }],
        },
      }],
    }, p => (p.componentType === 'series' ? F.indicatorHref(rows[p.dataIndex].associationId, data.indicator.id, rows[p.dataIndex].periodEnd) : null));
  }

  function boxChart(data, unit) {
    const n = data.national;
    const g = data.group;
    const box = s => (s.n ? [s.min, s.q1, s.median, s.q3, s.max] : []);
    Charts.draw(F.$('box-chart'), {
      grid: { left: 80, right: 30, top: 30, bottom: 40 },
      xAxis: { type: 'category', data: ['Riket', 'Visad grupp'] },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: v => F.fmt(v, unit) } },
      tooltip: { trigger: 'item', formatter: p => (p.seriesType === 'boxplot'
        ? p.name + '\nMin ' + F.fmt(p.value[1], unit) + '\nQ1 ' + F.fmt(p.value[2], unit) + '\nMedian ' + F.fmt(p.value[3], unit)
          + '\nQ3 ' + F.fmt(p.value[4], unit) + '\nMax ' + F.fmt(p.value[5], unit)
        : p.data.name + '\n' + F.fmt(p.value[1], unit)) },
      series: [
        { type: 'boxplot', data: [box(n), box(g)], itemStyle: { color: '#e8f1fb', borderColor: '#1f5fa8' } },
        { type: 'scatter', symbolSize: 9, data: data.rows.map(r => ({ name: r.name, value: [1, r.value], itemStyle: { color: F.quartileColour(r.quartile, data.indicator.better) } })) },
      ],
    });
  }

  function table(data, unit) {
    Table.render(F.$('table'), [
      { label: 'Rang', num: true, value: r => r.rank, cell: r => String(r.rank) },
      { label: 'Förbund', value: r => r.name, cell: r => F.associationLink(r.associationId, r.name) },
      { label: 'Län', value: r => r.county, cell: r => r.county || '–' },
      { label: data.indicator.label, num: true, value: r => r.value,
        cell: r => F.indicatorLink(r.associationId, data.indicator.id, r.periodEnd, r.value, data.indicator.unit) },
      { label: 'Kvartil', value: r => r.quartile, cell: r => F.el('span', {}, F.quartileMark(r.quartile, data.indicator.better), F.quartileName(r.quartile, data.indicator.better)) },
      { label: 'Kvalitet', value: r => r.quality, cell: r => F.qualityTag(r.quality) },
      { label: 'Period', value: r => r.periodEnd, cell: r => r.periodEnd || '–' },
    ], data.rows, { id: 'comparison-table', caption: data.indicator.label + ', ' + data.filters.ar + '. Klicka på en rubrik för att sortera.', empty: 'Inga värden för detta urval.' });
  }

  function missing(data) {
    const box = F.clear(F.$('missing'));
    if (!data.missing.length) return;
    box.appendChild(F.el('h3', {}, 'Utan värde'));
    box.appendChild(F.el('ul', {}, data.missing.map(m => F.el('li', {}, F.associationLink(m.associationId, m.name), ' – ', F.qualityTag(m.quality), m.note ? ' ' + m.note : ''))));
  }

  window.addEventListener('popstate', load);
  load();
})();
