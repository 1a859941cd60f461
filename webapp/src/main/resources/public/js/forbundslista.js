'use strict';
/* Förbund: the list of associations, each a link to its page. */
(() => {
  async function load() {
    try {
      const data = await F.api('/api/forbund?' + F.params().toString());
      F.$('group').textContent = 'Visar: ' + data.groupLabel + ' (' + data.rows.length + ' förbund).';
      document.querySelectorAll('.loading').forEach(n => n.remove());
      Table.render(F.$('table'), [
        { label: 'Förbund', value: a => a.name, cell: a => F.associationLink(a.id, a.name) },
        { label: 'Län', value: a => a.county, cell: a => a.county || '–' },
        { label: 'Medlemskommuner', value: a => a.members.join(', '), cell: a => a.members.join(', ') || '–' },
        { label: 'Invånare 20–74 år', num: true, value: a => a.workingAge, cell: a => F.fmt(a.workingAge, 'people') },
        { label: 'Storlek', value: a => a.sizeClass, cell: a => a.sizeClass || '–' },
      ], data.rows, { id: 'association-table', sortIndex: 0, export: { page: 'forbundslista', table: 'forbund', filters: data.filters } });
    } catch (e) { F.fail(e); }
  }
  load();
})();
