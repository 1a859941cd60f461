'use strict';
/* Fördelning: contributions per working-age inhabitant (20–74), shares vs population shares, Gini, Lorenz, what-if. */
(() => {
  async function load() {
    try {
      F.clearError();
      render(await F.api('/api/fordelning?' + F.params().toString()));
    } catch (e) { F.fail(e); }
  }

  function render(data) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    const f = data.filters;
    const form = F.clear(F.$('filters'));
    form.appendChild(F.selectField('Län', 'lan', data.counties, f.lan, v => { F.setParams({ lan: v }); load(); }));
    const years = data.years.includes(f.ar) ? data.years : [f.ar].concat(data.years);
    form.appendChild(F.selectField('År', 'ar', years.map(y => ({ value: y, label: String(y) })), f.ar, v => { F.setParams({ ar: v }); load(); }));
    const band = 'invånare ' + data.band + ' år' + (data.referenceYear ? ' (SCB ' + data.referenceYear + ')' : '');

    const rows = data.rows.filter(r => r.per_inhabitant !== undefined);
    const total = rows.reduce((s, r) => s + r.contribution.value, 0);
    const people = rows.reduce((s, r) => s + r.people, 0);
    const cards = F.clear(F.$('cards'));
    const card = (big, label) => cards.appendChild(F.el('div', { class: 'card' }, F.el('div', { class: 'big' }, big), F.el('div', { class: 'label' }, label)));
    card(F.fmt(data.gini, 'ratio'), 'Gini-koefficient (0 = helt jämnt) över kommunernas bidrag per ' + band);
    card(F.fmt(people ? total / people : null, 'kr'), 'kommunala bidrag per ' + band + ', hela länet');
    card(F.fmt(total, 'SEK'), 'kommunala bidrag ' + f.ar + ' från ' + rows.length + ' kommuner');

    Table.render(F.$('associations'), [
      { label: 'Förbund', value: a => a.name, cell: a => F.associationLink(a.association_id, a.name) },
      { label: 'Medlemskommuner', value: a => a.members.join(', '), cell: a => a.members.join(', ') },
      { label: 'Invånare 20–74 år', num: true, value: a => a.people, cell: a => F.fmt(a.people, 'people') },
      { label: 'Medlemsbidrag totalt', num: true, value: a => (a.contribution_total || {}).value, cell: a => F.factLink(a.contribution_total, 'SEK') },
      { label: 'Kr per invånare 20–74 år', num: true, value: a => a.per_inhabitant, cell: a => F.fmt(a.per_inhabitant, 'kr') },
    ], data.associations, { id: 'allocation-associations', empty: 'Inga förbund i länet.' });

    const sorted = rows.slice().sort((a, b) => a.per_inhabitant - b.per_inhabitant);
    const mean = people ? total / people : null;
    Charts.draw(F.$('per-chart'), {
      grid: { left: 110, right: 40, top: 20, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: v => F.fmt(v, 'kr') } },
      yAxis: { type: 'category', data: sorted.map(r => r.municipality) },
      tooltip: { trigger: 'item', formatter: p => p.name + ': ' + F.fmt(p.value, 'kr') + ' per invånare 20–74 år' },
      series: [{ type: 'bar', data: sorted.map(r => ({ value: r.per_inhabitant, itemStyle: { color: r.per_inhabitant >= mean ? '#1f5fa8' : '#9ecae1' } })),
        markLine: mean === null ? undefined : { symbol: 'none', label: { formatter: 'Länet ' + F.fmt(mean, 'kr') }, lineStyle: { type: 'dashed', color: '#1d2430' }, data: [{ xAxis: mean }] } }],
    });
    Charts.draw(F.$('lorenz-chart'), {
      grid: { left: 60, right: 30, top: 30, bottom: 50 },
      xAxis: { type: 'value', min: 0, max: 1, name: 'Andel av befolkningen 20–74 år', nameLocation: 'middle', nameGap: 30, axisLabel: { formatter: v => F.fmt(v * 100, '%') } },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: v => F.fmt(v * 100, '%') } },
      legend: { top: 0 },
      tooltip: { trigger: 'item', formatter: p => F.fmt(p.value[0] * 100, '%') + ' av befolkningen, ' + F.fmt(p.value[1] * 100, '%') + ' av bidragen' },
      series: [
        { name: 'Lorenzkurva', type: 'line', data: data.lorenz, symbolSize: 6, areaStyle: { opacity: 0.1 } },
        { name: 'Jämn fördelning', type: 'line', data: [[0, 0], [1, 1]], symbol: 'none', itemStyle: { color: '#5a6472' }, lineStyle: { type: 'dashed', color: '#5a6472' } },
      ],
    });

    Table.render(F.$('municipalities'), [
      { label: 'Kommun', value: r => r.municipality, cell: r => r.municipality },
      { label: 'Förbund', value: r => r.association, cell: r => F.associationLink(r.association_id, F.shortName(r.association)) },
      { label: 'Bidrag', num: true, value: r => r.contribution.value, cell: r => F.factLink(r.contribution, 'SEK') },
      { label: 'Inv. 20–74 år', num: true, value: r => r.people, cell: r => F.fmt(r.people, 'people') },
      { label: 'Kr/inv. 20–74', num: true, value: r => r.per_inhabitant, cell: r => F.fmt(r.per_inhabitant, 'kr') },
      { label: 'Andel bidrag', num: true, value: r => r.share, cell: r => F.fmt(r.share, '%') },
      { label: 'Andel befolkn.', num: true, value: r => r.population_share, cell: r => F.fmt(r.population_share, '%') },
      { label: 'Skillnad', num: true, value: r => r.share_difference, cell: r => F.fmt(r.share_difference, 'pp') },
      { label: 'Jämn fördelning', num: true, value: r => r.equal_split, cell: r => F.fmt(r.equal_split, 'SEK') },
      { label: 'Förändring', num: true, value: r => r.equal_split_change, cell: r => (r.equal_split_change > 0 ? '+' : '') + F.fmt(r.equal_split_change, 'SEK') },
    ], data.rows, { id: 'allocation-municipalities', sortIndex: 7, empty: 'Inga kommunala bidrag hittades för länet och året.' });
  }

  window.addEventListener('popstate', load);
  load();
})();
