'use strict';
/* Förbund: one association over time against the national median, with its money, insatser, NNS and documents. */
(() => {
  const id = decodeURIComponent(window.location.pathname.split('/').pop());
  let data = null;

  async function load() {
    try {
      F.clearError();
      const g = F.params().get('grupp');
      data = data || await F.api('/api/forbund/' + encodeURIComponent(id) + (g ? '?' + F.query({ grupp: g }) : ''));
      render();
    } catch (e) { F.fail(e); }
  }

  function memberLabel(m) {
    if (m === 'state') return 'Staten (FK/AF)';
    if (m === 'region') return 'Region';
    if (m === '') return 'Summa medlemsbidrag';
    return m.replace(/^municipality:/, '');
  }

  function render() {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    const a = data.association;
    F.$('title').textContent = a.name;
    document.title = a.name + ' – Finsam benchmark';
    F.$('subtitle').textContent = 'Alla uppgifter ur förbundets egna rapporter. Varje siffra länkar till sin källa.';
    const facts = F.clear(F.$('facts'));
    const fact = (k, v) => facts.append(F.el('dt', {}, k), F.el('dd', {}, v || '–'));
    fact('Organisationsnummer', a.orgNumber);
    fact('Län', a.county);
    fact('Medlemskommuner', a.members.join(', '));
    fact('Invånare 20–74 år', a.workingAge ? F.fmt(a.workingAge, 'people') + ' (SCB, närmaste år)' : null);
    groupNote(a);
    series();
    indicatorTable();
    contributions();
    interventions();
    nns();
    documents();
  }

  /** The group beside the nation: the one chosen, or links to compare with this association's most similar. */
  function groupNote(a) {
    const note = data.groupLabel !== undefined ? F.groupNote(data.groupLabel)
      : F.el('p', { class: 'note' }, 'Jämför med en grupp: ',
        F.el('a', { href: '/forbund/' + encodeURIComponent(a.id) + '?' + F.query({ grupp: 'liknande:' + a.id }) }, 'de 7 mest lika förbunden'),
        ' · ', F.el('a', { href: '/liknande?' + F.query({ forbund: a.id }) }, 'välj kriterier själv'));
    note.id = 'group-note';
    F.$('group-note').replaceWith(note);
  }

  function series() {
    const chosen = F.params().get('indikator') || (data.indicators[0] && data.indicators[0].id);
    const info = data.indicators.find(i => i.id === chosen) || data.indicators[0];
    const form = F.clear(F.$('filters'));
    if (!info) return;
    form.appendChild(F.selectField('Indikator', 'indikator', data.indicators.map(i => ({ value: i.id, label: i.label })), info.id,
      v => { F.setParams({ indikator: v }); series(); }));
    // Half-years and full years are separate series: an interim figure is not comparable with a year's.
    const period = F.params().get('period') === 'halvar' ? 'halvar' : 'helar';
    form.appendChild(F.selectField('Period', 'period', [{ value: 'helar', label: 'Helår' }, { value: 'halvar', label: 'Halvår' }], period,
      v => { F.setParams({ period: v }); series(); }));
    const rows = data.rows.filter(r => r.indicator_id === info.id && r.period === period);
    const unit = F.indicatorUnit(info.id, info.unit);
    const grouped = data.groupLabel !== undefined;
    F.$('series-note').textContent = F.definitionText(info);
    // The national quartile band as a stacked area: Q1 (invisible) with Q3 − Q1 on top of it.
    Charts.draw(F.$('series-chart'), {
      // The legend takes two lines on a phone (three with a group).
      grid: { left: 10, right: 30, top: window.innerWidth < 700 ? (grouped ? 80 : 60) : 40, bottom: 40, containLabel: true },
      legend: { top: 5, data: [F.shortName(data.association.name), 'Riksmedian', 'Rikets mittersta hälft'].concat(grouped ? ['Gruppens median'] : []) },
      xAxis: { type: 'category', data: rows.map(r => r.period_end), axisLabel: { interval: 0, rotate: window.innerWidth < 700 ? 60 : 0 } },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: v => F.fmt(v, unit) } },
      tooltip: { trigger: 'axis', formatter: ps => { const r = rows[ps[0].dataIndex]; return r.period_end + '\n' + F.shortName(data.association.name) + ': '
        + F.fmt(r.value, unit) + '\nRiksmedian: ' + F.fmt(r.nationalMedian, unit) + '\nKvartiler: ' + F.fmt(r.nationalQ1, unit) + ' – ' + F.fmt(r.nationalQ3, unit)
        + (grouped ? '\nGruppens median: ' + F.fmt(r.groupMedian, unit) : ''); } },
      series: [
        { name: 'q1', type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, data: rows.map(r => r.nationalQ1), tooltip: { show: false } },
        { name: 'Rikets mittersta hälft', type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: '#dbe7f5' }, itemStyle: { color: '#9ecae1' },
          data: rows.map(r => (r.nationalQ3 === null || r.nationalQ1 === null ? null : r.nationalQ3 - r.nationalQ1)) },
        { name: 'Riksmedian', type: 'line', symbolSize: 7, connectNulls: true, lineStyle: { type: 'dashed' }, itemStyle: { color: '#5a6472' }, data: rows.map(r => r.nationalMedian) },
        { name: F.shortName(data.association.name), type: 'line', symbolSize: 9, connectNulls: true, itemStyle: { color: '#1f5fa8' }, data: rows.map(r => r.value) },
      ].concat(grouped ? [{ name: 'Gruppens median', type: 'line', symbol: 'diamond', symbolSize: 8, connectNulls: true, lineStyle: { type: 'dotted' },
        itemStyle: { color: '#c26a1b' }, data: rows.map(r => r.groupMedian) }] : []),
    });
  }

  function indicatorTable() {
    const periods = [...new Set(data.rows.map(r => r.period_end))].sort();
    const byIndicator = data.indicators.map(info => ({ info, cells: Object.fromEntries(data.rows.filter(r => r.indicator_id === info.id).map(r => [r.period_end, r])) }));
    Table.render(F.$('indicator-table'), [
      { label: 'Indikator', value: x => x.info.label, cell: x => F.el('span', {}, F.defined(x.info), ' ', F.el('a', { href: F.withGroup('/jamforelse?' + F.query({ indikator: x.info.id })), title: 'Jämför förbunden' }, '→')) },
      ...periods.map(p => ({ label: p, num: true, value: x => (x.cells[p] ? x.cells[p].value : null), cell: x => cell(x.cells[p]) })),
    ], byIndicator, { id: 'association-indicators', caption: 'Värde, med riksmedianen' + (data.groupLabel !== undefined ? ' och gruppens median' : '')
        + ' för samma år och periodtyp under.',
      export: { page: 'forbund', table: 'indikatorer', filters: data.filters } });
  }

  function cell(r) {
    if (!r) return '–';
    const unit = F.indicatorUnit(r.indicator_id, r.unit);
    return F.el('span', {}, F.indicatorLink(data.association.id, r.indicator_id, r.period_end, r.value, r.unit),
      r.quality !== 'ok' ? [' ', F.qualityTag(r.quality)] : null,
      r.nationalMedian != null ? [F.el('br'), F.el('span', { class: 'note' }, 'riket ' + F.fmt(r.nationalMedian, unit))] : null,
      r.groupMedian != null ? [F.el('br'), F.el('span', { class: 'note' }, 'gruppen ' + F.fmt(r.groupMedian, unit))] : null);
  }

  function contributions() {
    const rows = data.contributions.filter(c => c.concept === 'contribution');
    const years = [...new Set(data.contributions.map(c => c.fiscal_year))].sort();
    const members = [...new Set(rows.map(c => c.member))];
    Charts.draw(F.$('contrib-chart'), {
      grid: { left: 80, right: 30, top: 40, bottom: 30 },
      legend: { top: 5, type: 'scroll' },
      xAxis: { type: 'category', data: years.map(String), axisLabel: { interval: 0, rotate: window.innerWidth < 700 ? 60 : 0 } },
      yAxis: { type: 'value', axisLabel: { formatter: v => F.fmt(v, 'SEK') } },
      tooltip: { trigger: 'item', formatter: p => p.seriesName + ' ' + p.name + ': ' + F.fmt(p.value, 'SEK') },
      series: members.map(m => ({ name: memberLabel(m), type: 'bar', stack: 'bidrag',
        data: years.map(y => { const f = rows.find(c => c.member === m && c.fiscal_year === y); return f ? f.value : null; }) })),
    });
    const all = members.concat(data.contributions.some(c => c.concept === 'contribution_total') ? [''] : []);
    const find = (m, y) => data.contributions.find(c => c.member === m && c.fiscal_year === y && (m === '' ? c.concept === 'contribution_total' : c.concept === 'contribution'));
    Table.render(F.$('contrib-table'), [
      { label: 'Medlem', value: m => memberLabel(m), cell: m => memberLabel(m) },
      ...years.map(y => ({ label: String(y), num: true, value: m => (find(m, y) || {}).value, cell: m => F.factLink(find(m, y), 'SEK') })),
    ], all, { id: 'contribution-table', empty: 'Inga medlemsbidrag hittades i rapporterna.',
      export: { page: 'forbund', table: 'medlemsbidrag', filters: data.filters } });
  }

  function interventions() {
    const v = (r, k, unit) => F.factLink(r[k], unit);
    Table.render(F.$('interventions'), [
      { label: 'Insats', value: r => r.name, cell: r => r.name },
      { label: 'Period', value: r => r.period_end, cell: r => r.period_end || '–' },
      { label: 'Kostnad', num: true, value: r => (r.intervention_cost || {}).value, cell: r => v(r, 'intervention_cost', 'SEK') },
      { label: 'Deltagare', num: true, value: r => (r.participants_total || {}).value, cell: r => v(r, 'participants_total', 'count') },
      { label: 'Avslutade', num: true, value: r => (r.exits_total || {}).value, cell: r => v(r, 'exits_total', 'count') },
      { label: 'Till arbete eller studier', num: true, value: r => (r.exits_work_or_studies || {}).value, cell: r => v(r, 'exits_work_or_studies', 'count') },
    ], data.interventions, { id: 'intervention-table', empty: 'Inga insatser namngivna i rapporterna.',
      export: { page: 'forbund', table: 'insatser', filters: data.filters } });
  }

  function nns() {
    Table.render(F.$('nns'), [
      { label: 'Indikator', value: r => r.number, cell: r => F.el('span', {}, F.el('strong', {}, String(r.number) + '. '), r.wording || 'NNS-indikator ' + r.number) },
      { label: 'Period', value: r => r.period_end, cell: r => r.period_end },
      { label: 'Förbundet', num: true, value: r => r.value, cell: r => F.indicatorLink(data.association.id, r.indicator_id, r.period_end, r.value, '%') },
      { label: 'Riket', num: true, value: r => r.national, cell: r => F.fmt(r.national, '%') },
      ...(data.groupLabel !== undefined ? [{ label: 'Gruppens median', num: true, value: r => r.groupMedian, cell: r => F.fmt(r.groupMedian, '%') }] : []),
      { label: 'Skillnad', num: true, value: r => r.difference, cell: r => F.indicatorLink(data.association.id, r.indicator_id + '_vs_national', r.period_end, r.difference, 'pp') },
    ], data.nns, { id: 'nns-table', empty: 'Inga NNS-indikatorer i rapporterna.',
      export: { page: 'forbund', table: 'nns', filters: data.filters } });
  }

  function documents() {
    Table.render(F.$('documents'), [
      { label: 'Typ', value: d => d.doc_type, cell: d => F.docTypes[d.doc_type] || d.doc_type },
      { label: 'År', num: true, value: d => d.fiscal_year, cell: d => String(d.fiscal_year || '–') },
      { label: 'Period/datum', value: d => d.period_end || d.meeting_date, cell: d => d.period_end || d.meeting_date || '–' },
      { label: 'Status', value: d => d.status, cell: d => F.el('span', {}, F.statusTag(d.status), (d.problems || []).length ? ' ' + d.problems.length + ' anmärkningar' : '') },
      { label: 'Kontroller', num: true, value: d => d.failed, cell: d => (d.checks ? (d.checks - d.failed) + ' av ' + d.checks + ' godkända' : '–') },
      { label: 'Fil', value: d => d.file_name, cell: d => F.docLink(d) },
    ], data.documents, { id: 'document-table', key: 5, export: { page: 'forbund', table: 'dokument', filters: data.filters } });
    Table.render(F.$('checks'), [
      { label: 'Kontroll', value: c => c.description, cell: c => c.description || c.check_id },
      { label: 'Dokument', value: c => c.file_name, cell: c => F.docLink(c) },
      { label: 'Period', value: c => c.period_end, cell: c => c.period_end || '–' },
      { label: 'Förväntat', num: true, value: c => c.expected, cell: c => F.fmt(c.expected, '') },
      { label: 'Faktiskt', num: true, value: c => c.actual, cell: c => F.fmt(c.actual, '') },
      { label: 'Indata', value: c => (c.inputs || []).join(', '), cell: c => (c.inputs || []).join(', ') },
    ], data.failedChecks, { id: 'check-table', empty: 'Alla kontroller godkända.' });
  }

  window.addEventListener('popstate', () => series());
  load();
})();
