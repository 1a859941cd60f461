package se.finsambench.webapp.lake;

import java.util.List;
import java.util.Map;

/** Reads of documents and their reconciliation checks. */
public final class DocumentQueries {

    private static final String DOC = "d.doc_id, d.source_path, d.format, d.doc_type, d.association_id,"
            + " d.association_name, d.fiscal_year, d.period_end, d.decided_on, d.meeting_date, d.status, d.problems,"
            + " d.synthetic";

    private final Lake lake;

    public DocumentQueries(Lake lake) {
        this.lake = lake;
    }

    public List<Map<String, Object>> byStatus(Integer year) {
        return lake.query("SELECT status, count(*) AS n FROM documents"
                + (year == null ? "" : " WHERE fiscal_year = ?") + " GROUP BY status ORDER BY status",
                year == null ? new Object[0] : new Object[] {year});
    }

    /** Every problem of every document, with the document (the page groups them by kind). */
    public List<Map<String, Object>> problemsByDocument() {
        return lake.cached("documents.problems", () -> lake.query(
                "SELECT status, doc_id, association_name, source_path, problem FROM (SELECT status, doc_id, association_name,"
                + " source_path, unnest(problems) AS problem FROM documents) ORDER BY status, association_name NULLS FIRST, doc_id"));
    }

    /** Documents that are not fully usable, with their reasons; one more row than the cap shows truncation. */
    public List<Map<String, Object>> notOk(int cap) {
        return lake.query("SELECT " + DOC + " FROM documents d WHERE d.status <> 'ok'"
                + " ORDER BY d.status DESC, d.association_id NULLS FIRST, d.fiscal_year LIMIT ?", cap + 1);
    }

    public List<Map<String, Object>> ofAssociation(String associationId) {
        return lake.query("SELECT " + DOC + ", count(c.check_id) AS checks, count(c.check_id) FILTER (WHERE NOT c.passed)"
                + " AS failed FROM documents d LEFT JOIN checks c USING (doc_id) WHERE d.association_id = ?"
                + " GROUP BY ALL ORDER BY d.fiscal_year DESC, d.period_end DESC NULLS LAST, d.doc_type", associationId);
    }

    public List<Map<String, Object>> failedChecks(String associationId, int cap) {
        return lake.query("SELECT c.doc_id, c.association_id, a.name, c.check_id, c.period_end, c.scenario, c.expected,"
                + " c.actual, c.description, c.inputs, d.source_path, d.fiscal_year FROM checks c"
                + " JOIN documents d USING (doc_id) LEFT JOIN associations a ON a.association_id = c.association_id"
                + " WHERE NOT c.passed" + (associationId == null ? "" : " AND c.association_id = ?")
                + " ORDER BY d.fiscal_year DESC, c.association_id, c.check_id LIMIT ?",
                associationId == null ? new Object[] {cap + 1} : new Object[] {associationId, cap + 1});
    }

    public List<Map<String, Object>> one(String docId) {
        return lake.query("SELECT " + DOC + " FROM documents d WHERE d.doc_id = ?", docId);
    }

    /** Associations with figures for the year: a report of that year, or indicators of it (from a later report's comparatives). */
    public long associationCount(int year) {
        return ((Number) lake.query("SELECT count(DISTINCT association_id) AS n FROM ("
                + "SELECT association_id FROM documents WHERE fiscal_year = ? AND status <> 'rejected'"
                + " UNION SELECT association_id FROM indicators WHERE fiscal_year = ?) WHERE association_id IS NOT NULL",
                year, year).get(0).get("n")).longValue();
    }

    public long rejectedWithoutYear() {
        return ((Number) lake.query("SELECT count(*) AS n FROM documents WHERE fiscal_year IS NULL")
                .get(0).get("n")).longValue();
    }
}
