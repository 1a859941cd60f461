'use strict';
/* NNS-indikatorer: heat map of differences to the national average, and a ranking for one indicator. */
(() => {
  async function load() {
    try {
      F.clearError();
      render(await F.api('/api/nns?' + F.params().toString()));
    } catch (e) { F.fail(e); }
  }

  function render(data) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    const f = data.filters;
    const form = F.clear(F.$('filters'));
    const years = data.years.includes(f.ar) ? data.years : [f.ar].concat(data.years);
    form.appendChild(F.selectField('År', 'ar', years.map(y => ({ value: y, label: String(y) })), f.ar, v => { F.setParams({ ar: v }); load(); }));
    form.appendChild(F.selectField('Indikator för rangordningen', 'indikator', data.numbers.map(n => ({ value: 'nns_' + n, label: 'Indikator ' + n })), f.indikator, v => { F.setParams({ indikator: v }); load(); }));

    const names = data.associations.map(a => a.name);
    const ids = data.associations.map(a => a.id);
    const cells = data.cells.filter(c => c.difference !== null)
      .map(c => [data.numbers.indexOf(c.number), ids.indexOf(c.association_id), c.difference]);
    const extent = Math.max(1, ...cells.map(c => Math.abs(c[2])));
    Charts.draw(F.$('heat-chart'), {
      grid: { left: 220, right: 40, top: 20, bottom: 90 },
      xAxis: { type: 'category', data: data.numbers.map(n => 'Indikator ' + n), splitArea: { show: true } },
      yAxis: { type: 'category', data: names.map(F.shortName), axisLabel: { width: 205, overflow: 'truncate' } },
      visualMap: { min: -extent, max: extent, calculable: true, orient: 'horizontal', left: 'center', bottom: 10,
        inRange: { color: ['#c4452f', '#f7f7f7', '#2e7d4f'] }, text: ['bättre än riket', 'sämre än riket'] },
      tooltip: { trigger: 'item', formatter: p => names[p.value[1]] + '\nIndikator ' + data.numbers[p.value[0]] + ': ' + F.fmt(p.value[2], 'pp') },
      series: [{ type: 'heatmap', data: cells, label: { show: true, formatter: p => F.fmt(p.value[2], '') } }],
    }, p => {
      if (p.componentType !== 'series') return null;
      const cell = data.cells.find(c => c.number === data.numbers[p.value[0]] && c.association_id === ids[p.value[1]]);
      return cell ? F.indicatorHref(cell.association_id, 'nns_' + cell.number + '_vs_national', cell.period_end) : null;
    });

    F.$('ranking-title').textContent = 'Rangordning: indikator ' + f.indikator.replace('nns_', '') + ', ' + f.ar;
    const rows = data.rows.slice().reverse();
    const national = data.rows.length ? data.rows[0].national : null;
    Charts.draw(F.$('rank-chart'), {
      grid: { left: 200, right: 40, top: 30, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: v => F.fmt(v, '%') } },
      yAxis: { type: 'category', data: rows.map(r => F.shortName(r.name)), axisLabel: { width: 185, overflow: 'truncate' } },
      tooltip: { trigger: 'item', formatter: p => rows[p.dataIndex].name + '\n' + F.fmt(p.value, '%') },
      series: [{ type: 'bar', barMaxWidth: 28, data: rows.map(r => ({ value: r.value, itemStyle: { color: r.difference >= 0 ? '#2e7d4f' : '#c4452f' } })),
        markLine: national === null ? undefined : { symbol: 'none', label: { formatter: 'Riket ' + F.fmt(national, '%') }, lineStyle: { type: 'dashed', color: '#1d2430' }, data: [{ xAxis: national }] } }],
    }, p => (p.componentType === 'series' ? F.indicatorHref(rows[p.dataIndex].association_id, f.indikator, rows[p.dataIndex].period_end) : null));
    Table.render(F.$('ranking'), [
      { label: 'Rang', num: true, value: r => r.rank, cell: r => String(r.rank) },
      { label: 'Förbund', value: r => r.name, cell: r => F.associationLink(r.association_id, r.name) },
      { label: 'Resultat', num: true, value: r => r.value, cell: r => F.indicatorLink(r.association_id, f.indikator, r.period_end, r.value, '%') },
      { label: 'Riket', num: true, value: r => r.national, cell: r => F.fmt(r.national, '%') },
      { label: 'Skillnad', num: true, value: r => r.difference, cell: r => F.indicatorLink(r.association_id, f.indikator + '_vs_national', r.period_end, r.difference, 'pp') },
    ], data.rows, { id: 'nns-ranking', empty: 'Inga NNS-indikatorer detta år.' });
  }

  window.addEventListener('popstate', load);
  load();
})();
