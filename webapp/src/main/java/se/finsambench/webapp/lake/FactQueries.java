package se.finsambench.webapp.lake;

import java.util.List;
import java.util.Map;

/** Reads of facts for provenance: a line of a document, or the inputs of an indicator. */
public final class FactQueries {

    private static final String FACT = "f.doc_id, f.association_id, f.fiscal_year, f.period_end, f.scenario, f.concept,"
            + " f.member, f.value, f.unit, f.source_line, f.source_page, f.source_text, f.confidence, f.rank, f.selected";

    private final Lake lake;

    public FactQueries(Lake lake) {
        this.lake = lake;
    }

    /** The facts stated on one line; concept and member narrow it when given. */
    public List<Map<String, Object>> onLine(String docId, int line, String concept, String member) {
        return lake.query("SELECT " + FACT + " FROM facts f WHERE f.doc_id = ? AND f.source_line = ?"
                + " AND (? IS NULL OR f.concept = ?) AND (? IS NULL OR f.member = ?)"
                + " ORDER BY f.selected DESC, f.rank, f.concept, f.member",
                docId, line, concept, concept, member, member);
    }

    /** Facts of these concepts that the indicator's documents state for that period; budgets only when asked for. */
    public List<Map<String, Object>> inputs(String associationId, String periodEnd, List<String> docIds,
                                            List<String> concepts, String member, boolean withBudget) {
        return lake.read(conn -> {
            try (var ps = conn.prepareStatement("SELECT " + FACT + " FROM facts f WHERE f.association_id = ?"
                    + " AND f.period_end = CAST(? AS DATE) AND list_contains(?, f.doc_id) AND list_contains(?, f.concept)"
                    + " AND (? IS NULL OR f.member = ?) AND (f.scenario = 'actual' OR (? AND f.scenario = 'budget'))"
                    + " ORDER BY f.selected DESC, f.concept, f.scenario, f.member, f.rank")) {
                ps.setString(1, associationId);
                ps.setString(2, periodEnd);
                ps.setArray(3, conn.createArrayOf("VARCHAR", docIds.toArray()));
                ps.setArray(4, conn.createArrayOf("VARCHAR", concepts.toArray()));
                ps.setString(5, member);
                ps.setString(6, member);
                ps.setBoolean(7, withBudget);
                try (var rs = ps.executeQuery()) {
                    return Rows.of(rs);
                }
            }
        });
    }

    /** Selected facts of the whole lake for comparison with a ground-truth file. */
    public List<Map<String, Object>> selectedWithSource() {
        return lake.cached("facts.selected", () -> lake.query("SELECT " + FACT + ", d.source_path, d.doc_type"
                + " FROM facts f JOIN documents d USING (doc_id) WHERE f.selected"));
    }
}
