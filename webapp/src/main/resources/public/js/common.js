'use strict';
/*
 * Shared helpers for all pages. Data from the lake is only ever written with textContent / DOM APIs (never
 * innerHTML), and charts use ECharts' canvas renderer with rich-text tooltips, so a name like
 * "<script>…" stays text. Numbers are formatted the Swedish way with Intl.NumberFormat('sv-SE').
 */
const F = (() => {
  const NBSP = '\u00a0';
  const formats = {};
  function nf(digits) {
    if (!formats[digits]) {
      formats[digits] = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    }
    return formats[digits];
  }

  /** A value in its unit: SEK amounts in tkr, per-person kr in kr, shares in %, differences in p.e. */
  function fmt(value, unit) {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    switch (unit) {
      case 'SEK': case 'tkr': return nf(0).format(value / 1000) + NBSP + 'tkr';
      case 'kr-tkr': return nf(1).format(value / 1000) + NBSP + 'tkr';
      case 'kr': return nf(0).format(value) + NBSP + 'kr';
      case '%': case 'pct': return nf(1).format(value) + NBSP + '%';
      case 'pp': return (value > 0 ? '+' : '') + nf(1).format(value) + NBSP + 'p.e.';
      case 'per 1000': return nf(1).format(value) + ' per 1' + NBSP + '000';
      case 'count': return nf(0).format(value);
      case 'people': return nf(0).format(value);
      case 'ratio': return nf(2).format(value);
      default: return nf(1).format(value) + (unit ? NBSP + unit : '');
    }
  }

  /** How an indicator is shown: cost per participant in tkr, contributions per inhabitant in kr. */
  function indicatorUnit(indicatorId, unit) {
    return unit === 'kr' && indicatorId === 'cost_per_participant' ? 'kr-tkr' : unit;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    append(node, children);
    return node;
  }

  /*
   * A line of document text with its table cells kept apart. The reader separates cells with a tab, and a tab
   * in pre-wrap text can be one column wide ("-42 270" + tab + "62 792" looked like one number), so each tab
   * becomes a ruled gap; the tab character stays in it, so copied text keeps its cells.
   */
  function cells(text) {
    const parts = String(text).split('\t');
    return parts.flatMap((p, i) => (i ? [el('span', { class: 'cell-gap', title: 'ny kolumn' }, '\t'), p] : [p]));
  }

  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function $(id) { return document.getElementById(id); }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    let body;
    try { body = await response.json(); } catch (e) { throw new Error('Svaret från servern kunde inte läsas (' + response.status + ').'); }
    if (!body.ok) throw new Error(body.error || ('Fel ' + response.status));
    return body;
  }

  function params() { return new URLSearchParams(window.location.search); }

  /** Puts the filters in the URL (so it holds the page's whole state) without reloading the page. */
  function setParams(values) {
    const p = params();
    for (const [k, v] of Object.entries(values)) {
      if (v === null || v === undefined || v === '') p.delete(k); else p.set(k, v);
    }
    const query = p.toString();
    window.history.pushState(null, '', window.location.pathname + (query ? '?' + query : ''));
    keepGroupInMenu();
  }

  function query(values) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined && v !== '') p.set(k, v);
    return p.toString();
  }

  function factHref(f) {
    return '/kalla?' + query({ dok: f.doc_id, rad: f.source_line, begrepp: f.concept, medlem: f.member });
  }

  function factLink(f, unit) {
    if (!f || f.value === null || f.value === undefined) return document.createTextNode('–');
    return el('a', { href: factHref(f), title: 'Visa källan' }, fmt(f.value, unit || 'SEK'));
  }

  function indicatorHref(associationId, indicatorId, periodEnd) {
    return '/kalla?' + query({ forbund: associationId, indikator: indicatorId, period: periodEnd });
  }

  function indicatorLink(associationId, indicatorId, periodEnd, value, unit) {
    const text = fmt(value, indicatorUnit(indicatorId, unit));
    if (value === null || value === undefined) return document.createTextNode(text);
    return el('a', { href: indicatorHref(associationId, indicatorId, periodEnd), title: 'Visa indata och källor' }, text);
  }

  function associationLink(id, name) {
    return id ? el('a', { href: withGroup('/forbund/' + encodeURIComponent(id)) }, name || id) : document.createTextNode(name || '–');
  }

  function qualityTag(q) {
    const labels = { ok: 'ok', derived: 'härledd', inconsistent: 'inkonsekvent', missing_input: 'indata saknas' };
    return el('span', { class: 'quality ' + q, title: 'Kvalitet: ' + (labels[q] || q) }, labels[q] || q || '');
  }

  function statusTag(s) {
    const labels = { ok: 'ok', partial: 'delvis', rejected: 'avvisad' };
    return el('span', { class: 'status ' + s }, labels[s] || s);
  }

  const concepts = {
    revenue_total: 'Verksamhetens intäkter', costs_total: 'Verksamhetens kostnader', result: 'Årets resultat',
    equity: 'Eget kapital', total_assets: 'Summa tillgångar', current_liabilities: 'Kortfristiga skulder', cash: 'Kassa och bank',
    equity_ratio_reported: 'Soliditet (angiven)', equity_to_contributions_reported: 'Eget kapital / medlemsbidrag (angivet)',
    contribution: 'Medlemsbidrag', contribution_total: 'Summa medlemsbidrag', other_grants: 'Andra bidrag',
    costs_individual: 'Individinriktade insatser', costs_structural: 'Strukturinriktade insatser', costs_admin: 'Administration',
    intervention_cost: 'Kostnad för insats', participants_total: 'Deltagare', participants_women: 'Deltagare, kvinnor',
    participants_men: 'Deltagare, män', exits_total: 'Avslutade', exits_work: 'Avslutade till arbete', exits_studies: 'Avslutade till studier',
    exits_work_or_studies: 'Avslutade till arbete eller studier', cost_per_participant_reported: 'Kostnad per deltagare (angiven)',
    nns_indicator: 'NNS-indikator', nns_indicator_national: 'NNS-indikator, riket', board_meetings: 'Styrelsemöten', employees: 'Anställda',
  };

  function conceptLabel(concept, member) {
    const m = member ? ' · ' + member.replace(/^municipality:/, '').replace(/^intervention:/, '').replace(/^indicator:/, 'nr ')
      .replace(/^state$/, 'staten').replace(/^region$/, 'regionen') : '';
    return (concepts[concept] || concept) + m;
  }

  const docTypes = { annual_report: 'Årsredovisning', interim_report: 'Delårsrapport', minutes: 'Protokoll', other: 'Övrigt' };

  function selectField(label, name, options, value, onChange) {
    const select = el('select', { name, id: 'filter-' + name, onchange: () => onChange(select.value) },
      options.map(o => el('option', { value: o.value, selected: String(o.value) === String(value) }, o.label)));
    return el('label', { for: 'filter-' + name }, label, select);
  }

  function fail(error) {
    const main = $('main');
    const box = $('page-error') || main.insertBefore(el('p', { id: 'page-error', class: 'error-message', role: 'alert' }), main.children[1] || null);
    box.textContent = error && error.message ? error.message : String(error);
    document.querySelectorAll('.loading').forEach(n => n.remove());
  }

  function clearError() {
    const box = $('page-error');
    if (box) box.remove();
  }

  /*
   * Quartile colours say good or bad only when the indicator has a direction: red is the worst quarter,
   * green the best. Indicators without one (soliditet, andel kvinnor …) get neutral blues.
   */
  const goodBad = ['#9aa4b1', '#c4452f', '#e59c4b', '#7fb56a', '#2e7d4f'];
  const neutral = ['#9aa4b1', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

  function quartileStep(q, better) {
    if (!q) return 0;
    return better < 0 ? 5 - q : q;
  }

  function quartileColour(q, better) {
    return better ? goodBad[quartileStep(q, better)] : neutral[q || 0];
  }

  function quartileMark(q, better) {
    return el('span', { class: 'q ' + (better ? 'b' : 'n') + quartileStep(q, better), 'aria-hidden': 'true' });
  }

  /** What a quartile means to the reader: best/worst when the indicator has a direction, else low/high. */
  function quartileName(q, better) {
    if (!q) return '–';
    const names = better ? ['sämsta', 'näst sämsta', 'näst bästa', 'bästa'] : ['lägsta', 'andra', 'tredje', 'högsta'];
    return names[quartileStep(q, better) - 1] || '–';
  }

  function quartileLegend(container, better) {
    clear(container);
    const names = better ? ['Sämsta kvartilen', 'Näst sämsta', 'Näst bästa', 'Bästa kvartilen']
      : ['Lägsta kvartilen', 'Andra kvartilen', 'Tredje kvartilen', 'Högsta kvartilen'];
    names.forEach((n, i) => container.appendChild(el('span', {}, el('span', { class: 'q ' + (better ? 'b' : 'n') + (i + 1), 'aria-hidden': 'true' }), n)));
  }

  /** Chart labels without the word every association has in its name; tooltips keep the full name. */
  function shortName(name) {
    return String(name || '').replace(/^Samordningsförbundet\s+/i, '').replace(/\s+samordningsförbund(et)?$/i, '');
  }

  /** A document by its file name, linked to its text (/dokument/<id>), the path relative to the corpus on hover. */
  function docLink(d, line) {
    if (!d || !d.doc_id) return document.createTextNode('–');
    const href = '/dokument/' + encodeURIComponent(d.doc_id) + (line ? '?rad=' + line + '#rad-' + line : '');
    return el('a', { href, title: d.file || d.file_name || d.doc_id, class: 'file' }, breakable(d.file_name || (d.doc_id.slice(0, 12) + '…')));
  }

  /** A file name that may wrap after _ - . (as text nodes and <wbr>), never inside a word of it. */
  function breakable(name) {
    return String(name).split(/(?<=[_.-])/).flatMap((part, i) => (i ? [el('wbr'), part] : [part]));
  }

  /*
   * Definitions next to every number, as Kolada does: the indicator's name is focusable and shows its formula,
   * unit, direction and population reference on hover and on focus (keyboard and touch).
   */
  const units = { kr: 'kronor', '%': 'procent', pp: 'procentenheter', 'per 1000': 'per 1 000 invånare' };
  function definitionText(info) {
    if (!info) return '';
    const dir = info.better > 0 ? 'Högre är bättre.' : info.better < 0 ? 'Lägre är bättre.' : 'Varken högre eller lägre är bättre i sig.';
    const population = /inhabitant|per_1000/.test(info.id) ? ' Befolkning: SCB, invånare 20–74 år i medlemskommunerna, närmaste referensår.' : '';
    return info.label + ': ' + info.help + '. Enhet: ' + (units[info.unit] || info.unit) + '. ' + dir + population;
  }

  function defined(info, text, cls) {
    const tip = definitionText(info);
    return el('span', { class: 'def' + (cls ? ' ' + cls : ''), tabindex: '0', 'data-def': tip, 'aria-label': tip }, text || (info ? info.label : ''));
  }

  /** "Ladda ner: CSV · Excel" for one table of a page, with the page's filters (the file name holds them). */
  function exportLinks(page, table, filters) {
    const q = query(filters || {});
    const base = '/api/export/' + page + '/' + table;
    return el('p', { class: 'export' }, 'Ladda ner: ',
      el('a', { href: base + '.csv' + (q ? '?' + q : ''), download: '' }, 'CSV'), ' · ',
      el('a', { href: base + '.xlsx' + (q ? '?' + q : ''), download: '' }, 'Excel'));
  }

  /** A bar chart's box grows with its bars, so every name has room (about 20 px per bar). */
  function fitHeight(container, bars, min) {
    container.style.height = Math.max(min || 300, bars * 20 + 70) + 'px';
  }

  /** A five-year sparkline as inline SVG (no markup from data: only numbers become coordinates). */
  function sparkline(values, years, unit) {
    const ns = 'http://www.w3.org/2000/svg';
    const w = 90;
    const h = 22;
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('width', w);
    svg.setAttribute('height', h);
    svg.setAttribute('class', 'spark');
    const known = values.map((v, i) => [i, v]).filter(p => p[1] !== null && p[1] !== undefined);
    const text = years.map((y, i) => y + ': ' + fmt(values[i], unit)).join(', ');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Senaste fem åren: ' + text);
    const title = document.createElementNS(ns, 'title');
    title.textContent = text;
    svg.appendChild(title);
    if (known.length) {
      const lo = Math.min(...known.map(p => p[1]));
      const hi = Math.max(...known.map(p => p[1]));
      const x = i => 3 + i * (w - 6) / Math.max(1, values.length - 1);
      const y = v => (hi === lo ? h / 2 : h - 3 - (v - lo) * (h - 6) / (hi - lo));
      const line = document.createElementNS(ns, 'polyline');
      line.setAttribute('points', known.map(p => x(p[0]) + ',' + y(p[1])).join(' '));
      svg.appendChild(line);
      const last = known[known.length - 1];
      const dot = document.createElementNS(ns, 'circle');
      dot.setAttribute('cx', x(last[0]));
      dot.setAttribute('cy', y(last[1]));
      dot.setAttribute('r', 2.5);
      svg.appendChild(dot);
    }
    return svg;
  }

  /** The page's group (grupp=…) kept when linking to another page, so a peer group follows the user. */
  function withGroup(href) {
    const g = params().get('grupp');
    return g && g !== 'alla' ? href + (href.includes('?') ? '&' : '?') + 'grupp=' + encodeURIComponent(g) : href;
  }

  /** "Grupp: …" with a link to pick similar associations and, when a group is chosen, one to the page without it. */
  function groupNote(label) {
    const p = params();
    const g = p.get('grupp');
    p.delete('grupp');
    const without = window.location.pathname + (p.toString() ? '?' + p.toString() : '');
    return el('p', { class: 'note group-note' }, 'Grupp: ' + label + ' · ', el('a', { href: '/liknande' }, 'välj liknande förbund'),
      g && g !== 'alla' ? [' · ', el('a', { href: without }, 'visa utan grupp')] : null);
  }

  /** The menu's pages that take a group (marked by the server) link with the current one. */
  function keepGroupInMenu() {
    document.querySelectorAll('a[data-keeps-group]').forEach(a => {
      a.dataset.path = a.dataset.path || a.getAttribute('href');
      a.setAttribute('href', withGroup(a.dataset.path));
    });
  }
  keepGroupInMenu();
  window.addEventListener('popstate', keepGroupInMenu);

  return { cells, docLink, definitionText, defined, exportLinks, fitHeight, sparkline, withGroup, groupNote, fmt, indicatorUnit, el, append, clear, $, api, params, setParams, query, factHref, factLink, indicatorHref,
    indicatorLink, associationLink, qualityTag, statusTag, docTypes, conceptLabel, selectField, fail, clearError, quartileColour,
    quartileMark, quartileName, quartileLegend, shortName, NBSP };
})();
