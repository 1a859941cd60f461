'use strict';
/* Fördelning: all money per inhabitant (band named), shares vs population shares, Gini, Lorenz, map, what-if rule. */
(() => {
  async function load() {
    try {
      F.clearError();
      render(await F.api('/api/fordelning?' + F.params().toString()));
    } catch (e) { F.fail(e); }
  }

  function signed(v) { return v === null || v === undefined ? '–' : (v > 0 ? '+' : '') + F.fmt(v, 'SEK'); }

  function render(data) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    const f = data.filters;
    const form = F.clear(F.$('filters'));
    form.appendChild(F.selectField('Län', 'lan', data.counties, f.lan, v => { F.setParams({ lan: v }); load(); }));
    const years = data.years.includes(f.ar) ? data.years : [f.ar].concat(data.years);
    form.appendChild(F.selectField('År', 'ar', years.map(y => ({ value: y, label: String(y) })), f.ar, v => { F.setParams({ ar: v }); load(); }));
    form.appendChild(F.selectField('Tänkt fördelningsregel', 'regel', data.rules, f.regel, v => { F.setParams({ regel: v }); load(); }));
    form.appendChild(F.groupNote(data.groupLabel));
    const band = 'invånare ' + data.band + ' år' + (data.referenceYears.length ? ' (SCB ' + data.referenceYears.join(', ') + ')' : '');
    const rule = data.rules.find(r => r.value === f.regel).label.toLowerCase();

    const rows = data.rows.filter(r => r.per_inhabitant !== undefined);
    const total = rows.reduce((s, r) => s + r.contribution.value, 0);
    const people = rows.reduce((s, r) => s + r.people, 0);
    const all = data.associations.reduce((s, a) => s + (a.total || 0), 0);
    const allPeople = data.associations.reduce((s, a) => s + (a.people || 0), 0);
    const cards = F.clear(F.$('cards'));
    const card = (big, label) => cards.appendChild(F.el('div', { class: 'card' }, F.el('div', { class: 'big' }, big), F.el('div', { class: 'label' }, label)));
    card(F.fmt(allPeople ? all / allPeople : null, 'kr'), 'alla medel per ' + band + ', länets förbund');
    card(F.fmt(people ? total / people : null, 'kr'), 'kommunala bidrag per ' + band);
    card(F.fmt(data.gini, 'ratio'), 'Gini-koefficient (0 = helt jämnt) över kommunernas bidrag per invånare');
    card(F.fmt(total, 'SEK'), 'kommunala bidrag ' + f.ar + ' från ' + rows.length + ' kommuner');

    F.$('rule-note').textContent = 'Med regeln: regionens och kommunernas medel till länets förbund fördelade ' + rule
      + '. Statens medel fördelas nationellt och ligger kvar. Per invånare = ' + band + '.';
    Table.render(F.$('associations'), [
      { label: 'Förbund', value: a => a.name, cell: a => F.el('span', {}, F.associationLink(a.association_id, a.name),
        a.in_group ? [F.el('br'), F.el('span', { class: 'tag in-group' }, 'i gruppen')] : null) },
      { label: 'Invånare', num: true, value: a => a.people, cell: a => F.el('span', {}, F.fmt(a.people, 'people'), F.el('br'), F.el('span', { class: 'note' }, a.band || '')) },
      { label: 'Staten', num: true, value: a => (a.state || {}).value, cell: a => F.factLink(a.state, 'SEK') },
      { label: 'Regionen', num: true, value: a => (a.region || {}).value, cell: a => F.factLink(a.region, 'SEK') },
      { label: 'Kommunerna', num: true, value: a => a.municipalities, cell: a => F.fmt(a.municipalities, 'SEK') },
      { label: 'Alla medel', num: true, value: a => a.total, cell: a => (a.contribution_total ? F.factLink(a.contribution_total, 'SEK') : F.fmt(a.total, 'SEK')) },
      { label: 'Kr per invånare', num: true, value: a => a.per_inhabitant, cell: a => F.el('span', {}, F.fmt(a.per_inhabitant, 'kr'), F.el('br'), F.el('span', { class: 'note' }, a.band ? 'per inv. ' + a.band : '')) },
      { label: 'Med regeln', num: true, value: a => a.what_if, cell: a => F.fmt(a.what_if, 'SEK') },
      { label: 'Förändring', num: true, value: a => a.what_if_change, cell: a => signed(a.what_if_change) },
    ], data.associations, { id: 'allocation-associations', empty: 'Inga förbund i länet.', export: { page: 'fordelning', table: 'forbund', filters: f } });

    group(data, band);

    const val = r => (r.per_inhabitant === undefined || r.per_inhabitant === null ? Number.MAX_VALUE : r.per_inhabitant);
    const sorted = data.rows.slice().sort((a, b) => val(a) - val(b));
    const mean = people ? total / people : null;
    const per = F.$('per-chart');
    F.fitHeight(per, sorted.length, 380);
    Charts.draw(per, {
      grid: { left: 10, right: 40, top: 20, bottom: 30, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: v => F.fmt(v, 'kr'), hideOverlap: true } },
      yAxis: { type: 'category', data: sorted.map(r => r.municipality), axisLabel: { interval: 0 } },
      tooltip: { trigger: 'item', formatter: p => p.name + ': ' + F.fmt(p.value, 'kr') + ' per ' + (sorted[p.dataIndex].band || band) },
      series: [{ type: 'bar', barMaxWidth: 18, data: sorted.map(r => ({ value: r.per_inhabitant === undefined ? null : r.per_inhabitant, itemStyle: { color: r.per_inhabitant >= mean ? '#1f5fa8' : '#9ecae1' } })),
        markLine: mean === null ? undefined : { symbol: 'none', label: { formatter: 'Länet ' + F.fmt(mean, 'kr') }, lineStyle: { type: 'dashed', color: '#1d2430' }, data: [{ xAxis: mean }] } }],
    });
    SwedenMap.draw(F.$('map-chart'), rows.filter(r => r.all_per_inhabitant !== undefined).map(r => ({ code: r.code, name: r.municipality, value: r.all_per_inhabitant, label: 'Alla medel per invånare' })),
      v => F.fmt(v, 'kr'), ['#deebf7', '#08306b']).catch(F.fail);
    Charts.draw(F.$('lorenz-chart'), {
      grid: { left: 10, right: 30, top: 30, bottom: 50, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 1, name: 'Andel av befolkningen', nameLocation: 'middle', nameGap: 30, axisLabel: { formatter: v => F.fmt(v * 100, '%') } },
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
      { label: 'Invånare', num: true, value: r => r.people, cell: r => F.el('span', {}, F.fmt(r.people, 'people'), F.el('br'), F.el('span', { class: 'note' }, r.band || '')) },
      { label: 'Kr per invånare', num: true, value: r => r.per_inhabitant, cell: r => F.fmt(r.per_inhabitant, 'kr') },
      { label: 'Alla medel per invånare', num: true, value: r => r.all_per_inhabitant, cell: r => F.fmt(r.all_per_inhabitant, 'kr') },
      { label: 'Andel bidrag', num: true, value: r => r.share, cell: r => F.fmt(r.share, '%') },
      { label: 'Andel befolkn.', num: true, value: r => r.population_share, cell: r => F.fmt(r.population_share, '%') },
      { label: 'Skillnad', num: true, value: r => r.share_difference, cell: r => F.fmt(r.share_difference, 'pp') },
      { label: 'Med regeln', num: true, value: r => r.what_if, cell: r => F.fmt(r.what_if, 'SEK') },
      { label: 'Förändring', num: true, value: r => r.what_if_change, cell: r => signed(r.what_if_change) },
    ], data.rows, { id: 'allocation-municipalities', sortIndex: 8, empty: 'Inga kommunala bidrag hittades för länet och året.',
      export: { page: 'fordelning', table: 'kommuner', filters: f } });
  }

  /** The comparison group's associations (any county) with all money per inhabitant, beside the county and the nation. */
  function group(data, band) {
    const section = F.clear(F.$('group'));
    section.hidden = !data.group;
    if (!data.group) return;
    const m = data.group.perInhabitant;
    const inCounty = new Set(data.associations.map(a => a.association_id));
    section.append(F.el('h2', { id: 'group-title' }, 'Jämförelsegruppen: ' + data.groupLabel),
      F.el('p', { class: 'note' }, 'Alla medel per ' + band + ' för gruppens förbund, var de än ligger; länets förbund i gruppen är märkta ovan.'));
    const cards = F.el('div', { class: 'cards compact' });
    const card = (s, label) => cards.appendChild(F.el('div', { class: 'card' }, F.el('div', { class: 'big' }, F.fmt(s.median, 'kr')),
      F.el('div', { class: 'label' }, label + ', median av ' + s.n + ' förbund')));
    card(m.group, 'gruppen');
    card(m.county, 'länet');
    card(m.nation, 'riket');
    const chart = F.el('div', { id: 'group-chart', class: 'chart', 'data-rows-of': 'allocation-group', role: 'img',
      'aria-label': 'Stapeldiagram: alla medel per invånare för gruppens förbund' });
    const table = F.el('div', { id: 'group-table' });
    section.append(cards, chart, table);
    // Highest at the top (the category axis runs upwards), as in the municipalities' chart.
    const rows = data.group.rows.slice().sort((a, b) => (a.per_inhabitant || 0) - (b.per_inhabitant || 0));
    F.fitHeight(chart, rows.length, 260);
    Charts.draw(chart, {
      grid: { left: 10, right: 40, top: 20, bottom: 30, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: v => F.fmt(v, 'kr'), hideOverlap: true } },
      yAxis: { type: 'category', data: rows.map(r => F.shortName(r.name)), axisLabel: { interval: 0 } },
      tooltip: { trigger: 'item', formatter: p => rows[p.dataIndex].name + ': ' + F.fmt(p.value, 'kr') + ' per ' + (rows[p.dataIndex].band || band) },
      series: [{ type: 'bar', barMaxWidth: 18, data: rows.map(r => ({ value: r.per_inhabitant, itemStyle: { color: inCounty.has(r.association_id) ? '#1f5fa8' : '#9ecae1' } })),
        markLine: m.nation.median === null ? undefined : { symbol: 'none', label: { formatter: 'Riket ' + F.fmt(m.nation.median, 'kr') },
          lineStyle: { type: 'dashed', color: '#1d2430' }, data: [{ xAxis: m.nation.median }] } }],
    });
    Table.render(table, [
      { label: 'Förbund', value: a => a.name, cell: a => F.associationLink(a.association_id, a.name) },
      { label: 'Län', value: a => a.county, cell: a => a.county || '–' },
      { label: 'Invånare', num: true, value: a => a.people, cell: a => F.el('span', {}, F.fmt(a.people, 'people'), F.el('br'), F.el('span', { class: 'note' }, a.band || '')) },
      { label: 'Staten', num: true, value: a => (a.state || {}).value, cell: a => F.factLink(a.state, 'SEK') },
      { label: 'Regionen', num: true, value: a => (a.region || {}).value, cell: a => F.factLink(a.region, 'SEK') },
      { label: 'Kommunerna', num: true, value: a => a.municipalities, cell: a => F.fmt(a.municipalities, 'SEK') },
      { label: 'Alla medel', num: true, value: a => a.total, cell: a => (a.contribution_total ? F.factLink(a.contribution_total, 'SEK') : F.fmt(a.total, 'SEK')) },
      { label: 'Kr per invånare', num: true, value: a => a.per_inhabitant, cell: a => F.fmt(a.per_inhabitant, 'kr') },
    ], data.group.rows, { id: 'allocation-group', sortIndex: 7, ascending: false, empty: 'Gruppen har inga förbund med uppgifter för året.', export: { page: 'fordelning', table: 'grupp', filters: data.filters } });
  }

  window.addEventListener('popstate', load);
  load();
})();
