'use strict';
/* Liknande förbund: association, criteria and weights in the URL; the result as a group for every page. */
(() => {
  async function load() {
    try {
      F.clearError();
      render(await F.api('/api/liknande?' + F.params().toString()));
    } catch (e) { F.fail(e); }
  }

  function render(data) {
    document.querySelectorAll('.loading').forEach(n => n.remove());
    const f = data.filters;
    const chosen = f.kriterier.split(',');
    const weights = f.vikter.split(',');
    const form = F.clear(F.$('filters'));
    form.appendChild(F.selectField('Förbund', 'forbund', data.associations, f.forbund, v => { F.setParams({ forbund: v }); load(); }));
    const fields = data.criteria.map(c => {
      const at = chosen.indexOf(c.value);
      const box = F.el('input', { type: 'checkbox', id: 'k-' + c.value, checked: at >= 0 });
      const weight = F.el('input', { type: 'number', min: 0, max: 99, value: at >= 0 ? weights[at] || 1 : 1, id: 'w-' + c.value, 'aria-label': 'Vikt för ' + c.label });
      form.appendChild(F.el('label', { for: 'k-' + c.value }, box, c.label, weight));
      return { c, box, weight };
    });
    form.appendChild(F.selectField('Antal', 'antal', [3, 5, 7, 10, 15].map(n => ({ value: n, label: String(n) })), f.antal, v => { F.setParams({ antal: v }); load(); }));
    form.appendChild(F.el('button', { type: 'submit', class: 'button primary' }, 'Räkna om'));
    form.onsubmit = e => {
      e.preventDefault();
      const on = fields.filter(x => x.box.checked);
      F.setParams({ kriterier: on.map(x => x.c.value).join(','), vikter: on.map(x => String(Math.max(0, Math.min(99, Number(x.weight.value) || 0)))).join(',') });
      load();
    };
    const use = F.clear(F.$('use'));
    const g = encodeURIComponent(data.group);
    use.append('Använd gruppen (' + data.association.name + ' och ' + data.rows.length + ' liknande) på: ',
      F.el('a', { href: '/?grupp=' + g }, 'Översikt'), ' · ', F.el('a', { href: '/jamforelse?grupp=' + g }, 'Jämförelse'), ' · ', F.el('a', { href: '/nns?grupp=' + g }, 'NNS-indikatorer'),
      ' · ', F.el('a', { href: '/forbund?grupp=' + g }, 'Förbundslistan'), ' · ', F.el('a', { href: '/forbund/' + encodeURIComponent(data.association.id) + '?grupp=' + g }, 'Förbundets profil'),
      ' · ', F.el('a', { href: '/fordelning?grupp=' + g }, 'Fördelning'));
    Table.render(F.$('table'), [
      { label: 'Förbund', value: s => s.name, cell: s => F.associationLink(s.associationId, s.name) },
      { label: 'Skillnadsindex', num: true, value: s => s.index, cell: s => F.fmt(s.index, 'ratio') },
      { label: 'Kriterier med värde', num: true, value: s => s.criteria, cell: s => String(s.criteria) },
    ], data.rows, { id: 'peer-table', empty: 'Inga förbund med jämförbara värden.', export: { page: 'liknande', table: 'liknande', filters: f } });
  }

  window.addEventListener('popstate', load);
  load();
})();
