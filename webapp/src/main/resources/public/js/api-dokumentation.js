'use strict';
/* API-dokumentation: the OpenAPI description (built from the route table) rendered as plain HTML with DOM APIs. */
(() => {
  const places = { path: 'sökväg', query: 'fråga' };

  async function load() {
    try {
      const response = await fetch('/api/openapi.json');
      render(await response.json());
    } catch (e) { F.fail(e); }
  }

  function render(spec) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    const box = F.clear(F.$('endpoints'));
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const example = method === 'get' ? exampleUrl(path, op.parameters || []) : null;
        box.appendChild(F.el('details', { class: 'endpoint' },
          F.el('summary', {}, F.el('h2', {}, F.el('code', {}, method.toUpperCase() + ' ' + path), ' – ', op.summary)),
          op.description ? F.el('p', {}, op.description) : null,
          params(op.parameters || []),
          F.el('p', { class: 'note' }, 'Svar: ', Object.entries(op.responses).map(([code, r]) => code + ' ' + r.description).join(' · ')),
          example ? F.el('p', {}, F.el('a', { class: 'button', href: example }, 'Prova ' + example)) : null));
      }
    }
  }

  /** The path with its parameters' examples, which the server took from the lake it shows. */
  function exampleUrl(path, list) {
    let url = path;
    const q = {};
    for (const p of list) {
      if (p.in === 'path') {
        if (p.example === undefined || p.schema.enum) return null;
        url = url.replace('{' + p.name + '}', encodeURIComponent(p.example));
      }
    }
    if (url.includes('{')) return null;
    for (const p of list) if (p.in === 'query' && p.example !== undefined && ['ar', 'forbund', 'indikator', 'period', 'lan'].includes(p.name)) q[p.name] = p.example;
    const query = F.query(q);
    return url + (query ? '?' + query : '');
  }

  function params(list) {
    if (!list.length) return F.el('p', { class: 'note' }, 'Inga parametrar.');
    const div = F.el('div');
    Table.render(div, [
      { label: 'Parameter', cell: p => F.el('code', {}, p.name) },
      { label: 'Var', cell: p => places[p.in] || p.in },
      { label: 'Typ', cell: p => (p.schema && (p.schema.enum ? p.schema.enum.join(' | ') : p.schema.type)) || '' },
      { label: 'Exempel', cell: p => (p.example === undefined ? '–' : F.el('code', {}, String(p.example))) },
      { label: 'Beskrivning', cell: p => p.description + (p.required ? ' (krävs)' : '') },
    ], list);
    return div;
  }

  load();
})();
