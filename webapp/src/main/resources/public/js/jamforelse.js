'use strict';
/* Jämförelse: ranked bars with the national median, a box plot, a map, and a table with five-year sparklines. */
(() => {
  async function load() {
    try {
      F.clearError();
      render(await F.api('/api/jamforelse?' + F.params().toString()));
    } catch (e) { F.fail(e); }
  }

  function change(values) {
    F.setParams(values);
    load();
  }

  function filters(data) {
    const f = data.filters;
    const form = F.clear(F.$('filters'));
    form.addEventListener('submit', e => e.preventDefault());
    form.appendChild(F.selectField('Indikator', 'indikator', data.indicators.map(i => ({ value: i.id, label: i.label })), f.indikator, v => change({ indikator: v })));
    const years = data.years.includes(f.ar) ? data.years : [f.ar].concat(data.years);
    form.appendChild(F.selectField('År', 'ar', years.map(y => ({ value: y, label: String(y) })), f.ar, v => change({ ar: v })));
    form.appendChild(F.selectField('Period', 'period', [{ value: 'helar', label: 'Helår' }, { value: 'halvar', label: 'Halvår' }], f.period, v => change({ period: v, periodslut: null })));
    if (f.period === 'halvar' && data.periodEnds.length) {
      form.appendChild(F.selectField('Perioden slutar', 'periodslut', data.periodEnds.map(e => ({ value: e, label: endLabel(e) })), f.periodslut, v => change({ periodslut: v })));
    }
    form.appendChild(F.selectField('Grupp', 'grupp', data.groups, f.grupp, v => change({ grupp: v })));
    form.appendChild(F.el('a', { href: '/liknande', class: 'button' }, 'Välj liknande förbund …'));
  }

  const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
  function endLabel(e) { const [m, d] = e.split('-').map(Number); return d + ' ' + months[m - 1]; }

  function render(data) {
    filters(data);
    const info = data.indicator;
    const unit = F.indicatorUnit(info.id, info.unit);
    const f = data.filters;
    const summary = F.clear(F.$('summary'));
    summary.classList.remove('loading');
    const period = f.period === 'halvar' ? 'halvår till ' + (f.periodslut ? endLabel(f.periodslut) + ' ' : '') + f.ar : 'helår ' + f.ar;
    summary.append(F.defined(info), ', ' + period + ', ' + data.groupLabel.toLowerCase() + ': ' + data.rows.length + ' förbund. Riksmedian '
      + F.fmt(data.national.median, unit) + ', kvartiler ' + F.fmt(data.national.q1, unit) + ' – ' + F.fmt(data.national.q3, unit)
      + ' (' + data.national.n + ' förbund).' + (info.better > 0 ? ' Högre är bättre.' : info.better < 0 ? ' Lägre är bättre.' : ''));
    F.quartileLegend(F.$('legend'), info.better);
    rankChart(data, unit);
    boxChart(data, unit);
    map(data, unit);
    table(data, unit);
    missing(data);
  }

  function rankChart(data, unit) {
    const rows = data.rows.slice().reverse();
    const box = F.$('rank-chart');
    F.fitHeight(box, rows.length, 380);
    Charts.draw(box, {
      grid: { left: 10, right: 40, top: 30, bottom: 30, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: v => F.fmt(v, unit), hideOverlap: true } },
      yAxis: { type: 'category', data: rows.map(r => F.shortName(r.name)), axisLabel: { interval: 0, width: 150, overflow: 'truncate' } },
      tooltip: { trigger: 'item', formatter: p => rows[p.dataIndex].name + '\n' + F.fmt(p.value, unit) },
      series: [{
        type: 'bar',
        barMaxWidth: 18,
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
      grid: { left: 10, right: 30, top: 30, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: ['Riket', 'Visad grupp'], axisLabel: { interval: 0 } },
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

  function map(data, unit) {
    const byId = new Map(data.rows.map(r => [r.associationId, r]));
    const values = data.municipalities.map(m => { const r = byId.get(m.associationId);
      return { code: m.code, name: m.municipality + ' (' + F.shortName(r.name) + ')', value: r.value, label: data.indicator.label, associationId: m.associationId }; });
    const colours = data.indicator.better < 0 ? ['#2e7d4f', '#f7f7f7', '#c4452f'] : data.indicator.better > 0 ? ['#c4452f', '#f7f7f7', '#2e7d4f'] : ['#c6dbef', '#08306b'];
    SwedenMap.draw(F.$('map-chart'), values, v => F.fmt(v, unit), colours,
      v => (v ? '/forbund/' + encodeURIComponent(v.associationId) : null)).catch(F.fail);
  }

  function table(data, unit) {
    const years = data.trendYears;
    Table.render(F.$('table'), [
      { label: 'Rang', num: true, value: r => r.rank, cell: r => String(r.rank) },
      { label: 'Förbund', value: r => r.name, cell: r => F.associationLink(r.associationId, r.name) },
      { label: 'Län', value: r => r.county, cell: r => r.county || '–' },
      { label: data.indicator.label, num: true, value: r => r.value,
        cell: r => F.indicatorLink(r.associationId, data.indicator.id, r.periodEnd, r.value, data.indicator.unit) },
      { label: years[0] + '–' + years[years.length - 1], cell: r => F.sparkline(r.trend, years, unit) },
      { label: 'Kvartil', value: r => r.quartile, cell: r => F.el('span', {}, F.quartileMark(r.quartile, data.indicator.better), F.quartileName(r.quartile, data.indicator.better)) },
      { label: 'Kvalitet', value: r => r.quality, cell: r => F.qualityTag(r.quality) },
      { label: 'Period', value: r => r.periodEnd, cell: r => r.periodEnd || '–' },
    ], data.rows, { id: 'comparison-table', key: 1, caption: data.indicator.label + ', ' + data.filters.ar + '. Klicka på en rubrik för att sortera.',
      empty: 'Inga värden för detta urval.', export: { page: 'jamforelse', table: 'rangordning', filters: data.filters } });
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
