'use strict';
/* NNS-indikatorer: wording, heat map of differences to the national average, national average per year, ranking. */
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
    const words = Object.fromEntries(data.wording.map(w => [w.number, w.wording]));
    const name = n => 'Indikator ' + n + (words[n] ? ': ' + words[n] : '');
    const form = F.clear(F.$('filters'));
    const years = data.years.includes(f.ar) ? data.years : [f.ar].concat(data.years);
    form.appendChild(F.selectField('År', 'ar', years.map(y => ({ value: y, label: String(y) })), f.ar, v => { F.setParams({ ar: v }); load(); }));
    form.appendChild(F.selectField('Indikator för rangordningen', 'indikator', data.numbers.map(n => ({ value: 'nns_' + n, label: name(n) })), f.indikator, v => { F.setParams({ indikator: v }); load(); }));
    form.appendChild(F.groupNote(data.groupLabel));

    F.$('definition').textContent = data.definition ? 'Klart positiva: ' + data.definition : 'Andel klart positiva svar, som rapporterna redovisar den.';
    F.append(F.clear(F.$('wording')), data.wording.map(w => F.el('li', { value: w.number }, w.wording || 'Lydelsen anges inte i rapporterna')));

    const ids = data.associations.map(a => a.id);
    const names = data.associations.map(a => a.name);
    const cells = data.cells.filter(c => c.difference !== null)
      .map(c => [data.numbers.indexOf(c.number), ids.indexOf(c.association_id), c.difference]);
    const extent = Math.max(1, ...cells.map(c => Math.abs(c[2])));
    const heat = F.$('heat-chart');
    F.fitHeight(heat, names.length, 320);
    heat.style.height = (parseInt(heat.style.height, 10) + 60) + 'px';
    // Room for every column's number and every cell's value (36 px each beside 150 px of names); on a narrow
    // screen the chart is wider than its box, which scrolls sideways.
    heat.style.minWidth = (190 + data.numbers.length * 36) + 'px';
    Charts.draw(heat, {
      grid: { left: 10, right: 20, top: 30, bottom: 80, containLabel: true },
      xAxis: { type: 'category', position: 'top', data: data.numbers.map(String), axisLabel: { interval: 0 }, splitArea: { show: true } },
      yAxis: { type: 'category', inverse: true, data: names.map(F.shortName), axisLabel: { interval: 0, width: 150, overflow: 'truncate' } },
      visualMap: { min: -extent, max: extent, calculable: true, orient: 'horizontal', left: 'center', bottom: 5,
        inRange: { color: ['#c4452f', '#f7f7f7', '#2e7d4f'] }, text: ['bättre än riket', 'sämre än riket'] },
      tooltip: { trigger: 'item', formatter: p => names[p.value[1]] + '\n' + name(data.numbers[p.value[0]]) + '\n' + F.fmt(p.value[2], 'pp') },
      series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 10, formatter: p => F.fmt(p.value[2], '') } }],
    }, p => {
      if (p.componentType !== 'series') return null;
      const cell = data.cells.find(c => c.number === data.numbers[p.value[0]] && c.association_id === ids[p.value[1]]);
      return cell ? F.indicatorHref(cell.association_id, 'nns_' + cell.number + '_vs_national', cell.period_end) : null;
    });

    const nyears = [...new Set(data.national.map(r => r.fiscal_year))].sort();
    const byNumber = [...new Set(data.national.map(r => r.number))].sort((a, b) => a - b);
    Table.render(F.$('national'), [
      { label: 'Indikator', value: n => n, cell: n => F.el('span', { title: words[n] || '' }, String(n) + (words[n] ? '. ' + words[n] : '')) },
      ...nyears.map(y => ({ label: String(y), num: true, value: n => (data.national.find(r => r.number === n && r.fiscal_year === y) || {}).national,
        cell: n => F.fmt((data.national.find(r => r.number === n && r.fiscal_year === y) || {}).national, '%') })),
    ], byNumber, { id: 'nns-national', empty: 'Rapporterna anger inget riksgenomsnitt.', export: { page: 'nns', table: 'riket', filters: f } });

    const n = f.indikator.replace('nns_', '');
    F.$('ranking-title').textContent = 'Rangordning: ' + name(n) + ', ' + f.ar;
    const rows = data.rows.slice().reverse();
    const national = data.rows.length ? data.rows[0].national : null;
    const rank = F.$('rank-chart');
    F.fitHeight(rank, rows.length, 300);
    Charts.draw(rank, {
      grid: { left: 10, right: 40, top: 30, bottom: 30, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: v => F.fmt(v, '%') } },
      yAxis: { type: 'category', data: rows.map(r => F.shortName(r.name)), axisLabel: { interval: 0, width: 150, overflow: 'truncate' } },
      tooltip: { trigger: 'item', formatter: p => rows[p.dataIndex].name + '\n' + F.fmt(p.value, '%') },
      series: [{ type: 'bar', barMaxWidth: 18, data: rows.map(r => ({ value: r.value, itemStyle: { color: r.difference >= 0 ? '#2e7d4f' : '#c4452f' } })),
        markLine: national === null ? undefined : { symbol: 'none', label: { formatter: 'Riket ' + F.fmt(national, '%') }, lineStyle: { type: 'dashed', color: '#1d2430' }, data: [{ xAxis: national }] } }],
    }, p => (p.componentType === 'series' ? F.indicatorHref(rows[p.dataIndex].association_id, f.indikator, rows[p.dataIndex].period_end) : null));
    Table.render(F.$('ranking'), [
      { label: 'Rang', num: true, value: r => r.rank, cell: r => String(r.rank) },
      { label: 'Förbund', value: r => r.name, cell: r => F.associationLink(r.association_id, r.name) },
      { label: 'Resultat', num: true, value: r => r.value, cell: r => F.indicatorLink(r.association_id, f.indikator, r.period_end, r.value, '%') },
      { label: 'Riket', num: true, value: r => r.national, cell: r => F.fmt(r.national, '%') },
      { label: 'Skillnad', num: true, value: r => r.difference, cell: r => F.indicatorLink(r.association_id, f.indikator + '_vs_national', r.period_end, r.difference, 'pp') },
    ], data.rows, { id: 'nns-ranking', key: 1, empty: 'Inga NNS-indikatorer detta år.', export: { page: 'nns', table: 'rangordning', filters: f } });
  }

  window.addEventListener('popstate', load);
  load();
})();
