package se.finsambench.webapp.lake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/** The lake's tables in contract shape, and inserts into them, for {@link LakeFixture}. */
final class FixtureRows {

    static final List<String> DDL = List.of(
            "CREATE TABLE documents(doc_id VARCHAR, source_path VARCHAR, format VARCHAR, size_bytes BIGINT,"
                    + " doc_type VARCHAR, association_id VARCHAR, association_name VARCHAR, org_number VARCHAR,"
                    + " fiscal_year INTEGER, period_end DATE, decided_on DATE, meeting_date DATE, meeting_number INTEGER,"
                    + " status VARCHAR, problems VARCHAR[], synthetic BOOLEAN, extract_millis BIGINT)",
            "CREATE TABLE facts(doc_id VARCHAR, association_id VARCHAR, fiscal_year INTEGER, period_end DATE,"
                    + " scenario VARCHAR, concept VARCHAR, member VARCHAR, value DOUBLE, unit VARCHAR, source_line INTEGER,"
                    + " source_page INTEGER, source_text VARCHAR, confidence DOUBLE, precision DOUBLE, origin VARCHAR, rank INTEGER,"
                    + " authority INTEGER, selected BOOLEAN, doc_type VARCHAR)",
            "CREATE TABLE checks(doc_id VARCHAR, association_id VARCHAR, check_id VARCHAR, period_end DATE,"
                    + " scenario VARCHAR, expected DOUBLE, actual DOUBLE, passed BOOLEAN, description VARCHAR, inputs VARCHAR[])",
            "CREATE TABLE indicators(association_id VARCHAR, fiscal_year INTEGER, period_end DATE, indicator_id VARCHAR,"
                    + " value DOUBLE, numerator DOUBLE, denominator DOUBLE, unit VARCHAR, quality VARCHAR, doc_ids VARCHAR[],"
                    + " note VARCHAR)",
            "CREATE TABLE associations(association_id VARCHAR, name VARCHAR, org_number VARCHAR, county VARCHAR,"
                    + " members VARCHAR[], doc_count BIGINT)",
            "CREATE TABLE interventions(association_id VARCHAR, doc_id VARCHAR, name VARCHAR, aliases VARCHAR[])",
            "CREATE TABLE nns_indicators(association_id VARCHAR, doc_id VARCHAR, fiscal_year INTEGER, period_end DATE,"
                    + " scenario VARCHAR, indicator INTEGER, scope VARCHAR, value DOUBLE, unit VARCHAR, selected BOOLEAN,"
                    + " source_line INTEGER, wording VARCHAR, definition VARCHAR)",
            "CREATE TABLE document_lines(doc_id VARCHAR, line INTEGER, page INTEGER, text VARCHAR)",
            "CREATE TABLE meetings(association_id VARCHAR, doc_id VARCHAR, fiscal_year INTEGER, meeting_date DATE,"
                    + " meeting_number INTEGER, source_path VARCHAR)",
            "CREATE TABLE decisions(association_id VARCHAR, doc_id VARCHAR, meeting_date DATE, paragraph VARCHAR,"
                    + " title VARCHAR, decision_text VARCHAR, amount_sek DOUBLE, source_line INTEGER)");

    /** Tables hive-partitioned by fiscal_year, as the pipeline writes them. */
    static final List<String> PARTITIONED = List.of("facts", "indicators");
    static final List<String> TABLES = List.of("documents", "facts", "checks", "indicators", "associations",
            "interventions", "nns_indicators", "meetings", "decisions", "document_lines");

    private final Connection conn;

    FixtureRows(Connection conn) throws SQLException {
        this.conn = conn;
        try (Statement s = conn.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
    }

    void insert(String table, Object... values) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES (");
        for (int i = 0; i < values.length; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement ps = conn.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof List<?> list) {
                    ps.setArray(i + 1, conn.createArrayOf("VARCHAR", list.toArray()));
                } else if (v instanceof LocalDate d) {
                    ps.setObject(i + 1, d);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("insert into " + table + " failed: " + e.getMessage(), e);
        }
    }
}
