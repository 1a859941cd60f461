package se.finsambench.webapp.lake;

import java.util.List;
import java.util.Map;

/** Reads of the associations, interventions and contribution facts. */
public final class AssociationQueries {

    private final Lake lake;

    public AssociationQueries(Lake lake) {
        this.lake = lake;
    }

    public List<Map<String, Object>> all() {
        return lake.cached("associations.all", () -> lake.query(
                "SELECT association_id, name, org_number, county, members, doc_count FROM associations ORDER BY name"));
    }

    /** Member contributions stated as outcomes of full years (selected facts only: one figure per member). */
    public List<Map<String, Object>> contributions(String associationId) {
        return lake.query("SELECT fiscal_year, period_end, member, value, doc_id, source_line, concept FROM facts"
                + " WHERE association_id = ? AND concept IN ('contribution', 'contribution_total') AND selected"
                + " AND scenario = 'actual' AND " + Period.HELAR.sql("period_end")
                + " ORDER BY fiscal_year, concept, member", associationId);
    }

    /** Contributions of every association in a fiscal year, for the allocation page. */
    public List<Map<String, Object>> contributionsOfYear(int year) {
        return lake.cached("contributions." + year, () -> lake.query(
                "SELECT association_id, member, concept, value, doc_id, source_line FROM facts"
                + " WHERE fiscal_year = ? AND concept IN ('contribution', 'contribution_total') AND selected"
                + " AND scenario = 'actual' AND " + Period.HELAR.sql("period_end")
                + " ORDER BY association_id, concept, member", year));
    }

    public List<Integer> contributionYears() {
        return lake.cached("contributions.years", () -> lake.query(
                "SELECT DISTINCT fiscal_year AS y FROM facts WHERE concept = 'contribution' AND selected"
                + " AND scenario = 'actual' AND " + Period.HELAR.sql("period_end") + " ORDER BY y DESC")
                .stream().map(r -> ((Number) r.get("y")).intValue()).toList());
    }

    /** Interventions and their cost, participants and exits per period, from the facts naming them. */
    public List<Map<String, Object>> interventions(String associationId) {
        return lake.query("WITH names AS (SELECT DISTINCT name FROM interventions WHERE association_id = ?)"
                + " SELECT n.name, f.fiscal_year, f.period_end, f.concept, f.value, f.doc_id, f.source_line"
                + " FROM names n LEFT JOIN facts f ON f.association_id = ? AND f.member = 'intervention:' || n.name"
                + " AND f.selected AND f.scenario = 'actual'"
                + " ORDER BY n.name, f.fiscal_year, f.period_end, f.concept", associationId, associationId);
    }
}
