'use strict';
/* API-dokumentation: the OpenAPI description rendered as plain HTML with DOM APIs. */
(() => {
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
      const op = item.get;
      const example = path.includes('{id}') ? null : path;
      box.appendChild(F.el('section', { class: 'endpoint' },
        F.el('h2', {}, F.el('code', {}, 'GET ' + path), ' – ', op.summary),
        op.description ? F.el('p', {}, op.description) : null,
        params(op.parameters || []),
        F.el('p', { class: 'note' }, 'Svar: ', Object.entries(op.responses).map(([code, r]) => code + ' ' + r.description).join(' · ')),
        example ? F.el('p', {}, F.el('a', { class: 'button', href: example }, 'Prova ' + example)) : null));
    }
  }

  function params(list) {
    if (!list.length) return F.el('p', { class: 'note' }, 'Inga parametrar.');
    const div = F.el('div');
    Table.render(div, [
      { label: 'Parameter', cell: p => F.el('code', {}, p.name) },
      { label: 'Var', cell: p => p.in === 'path' ? 'sökväg' : 'fråga' },
      { label: 'Typ', cell: p => (p.schema && (p.schema.enum ? p.schema.enum.join(' | ') : p.schema.type)) || '' },
      { label: 'Beskrivning', cell: p => p.description + (p.required ? ' (krävs)' : '') },
    ], list);
    return div;
  }

  load();
})();
