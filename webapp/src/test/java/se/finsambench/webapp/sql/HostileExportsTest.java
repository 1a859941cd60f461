package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that exports used to lose or make dangerous: NaN and ±Infinity, BLOBs, integers wider than a double,
 * and text a spreadsheet would run as a formula. JSON, CSV and Parquet each keep them as they are (or, for CSV
 * formulas, guarded with a leading apostrophe).
 */
class HostileExportsTest {

    static final String VALUES = "SELECT 'NaN'::DOUBLE AS nan, 'Infinity'::DOUBLE AS inf, '-Infinity'::DOUBLE AS ninf,"
            + " 'inf'::FLOAT AS finf, '\\x00\\xFFab'::BLOB AS b, 170141183460469231731687303715884105727::HUGEINT AS h,"
            + " 12345::HUGEINT AS hs, 340282366920938463463374607431768211455::UHUGEINT AS uh,"
            + " 9007199254740993::BIGINT AS big, 18446744073709551615::UBIGINT AS ub,"
            + " '=cmd|'' /C calc''!A0' AS f1, '+1+1' AS f2, '-2+3' AS f3, '@SUM(A1)' AS f4, -5 AS neg, 'vanlig' AS t";
    static SqlServer server;

    @BeforeAll
    static void start() throws Exception {
        server = SqlServer.fixture(Files.createTempDirectory("finsam-sql-exports-").resolve("q.duckdb"), SqlLimits.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void jsonKeepsNonFiniteNumbersBlobsAndWideIntegers() {
        SqlServer.Answer a = server.sql(VALUES);
        JsonNode row = a.json().path("rows").get(0);
        assertEquals("NaN", row.get(0).asText(), a.body());
        assertEquals("Infinity", row.get(1).asText());
        assertEquals("-Infinity", row.get(2).asText());
        assertEquals("Infinity", row.get(3).asText());
        assertEquals("AP9hYg==", row.get(4).asText(), "a BLOB as base64");
        assertTrue(a.body().contains("170141183460469231731687303715884105727"), a.body());
        assertTrue(a.body().contains("340282366920938463463374607431768211455"), a.body());
        assertTrue(a.body().contains("9007199254740993"), a.body());
        assertTrue(a.body().contains("18446744073709551615"), a.body());
        assertEquals("=cmd|' /C calc'!A0", row.get(10).asText(), "JSON is data, not a spreadsheet: unchanged");
    }

    @Test
    void csvKeepsThemAndGuardsFormulas() throws Exception {
        SqlServer.Answer a = server.post("/api/sql?format=csv", Map.of("sql", VALUES), Map.of());
        CSVRecord r = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(a.body()))
                .getRecords().get(0);
        assertEquals("NaN", r.get("nan"), a.body());
        assertEquals("Infinity", r.get("inf"));
        assertEquals("-Infinity", r.get("ninf"));
        assertEquals("Infinity", r.get("finf"));
        assertEquals("\\x00FF6162", r.get("b"), "a BLOB as hex");
        assertEquals("170141183460469231731687303715884105727", r.get("h"));
        assertEquals("340282366920938463463374607431768211455", r.get("uh"));
        assertEquals("9007199254740993", r.get("big"));
        assertEquals("18446744073709551615", r.get("ub"));
        assertEquals("'=cmd|' /C calc'!A0", r.get("f1"));
        assertEquals("'+1+1", r.get("f2"));
        assertEquals("'-2+3", r.get("f3"));
        assertEquals("'@SUM(A1)", r.get("f4"));
        assertEquals("-5", r.get("neg"), "a negative number is a number, not a formula");
        assertEquals("vanlig", r.get("t"));
    }

    @Test
    void parquetKeepsTypesAndValues(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("r.parquet");
        Files.write(file, server.postBytes("/api/sql?format=parquet", Map.of("sql", VALUES), Map.of()));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT isnan(nan), isinf(inf) AND inf > 0, isinf(ninf) AND ninf < 0, typeof(b),"
                     + " b = '\\x00\\xFFab'::BLOB, h::VARCHAR, typeof(hs), hs::VARCHAR, uh::VARCHAR, big, ub::VARCHAR, f1"
                     + " FROM '" + file + "'")) {
            rs.next();
            assertTrue(rs.getBoolean(1));
            assertTrue(rs.getBoolean(2));
            assertTrue(rs.getBoolean(3));
            assertEquals("BLOB", rs.getString(4));
            assertTrue(rs.getBoolean(5));
            assertEquals("170141183460469231731687303715884105727", rs.getString(6));
            assertEquals("DECIMAL(38,0)", rs.getString(7), "a HUGEINT that fits stays a number, not a DOUBLE");
            assertEquals("12345", rs.getString(8));
            assertEquals("340282366920938463463374607431768211455", rs.getString(9));
            assertEquals(9007199254740993L, rs.getLong(10));
            assertEquals("18446744073709551615", rs.getString(11));
            assertEquals("=cmd|' /C calc'!A0", rs.getString(12));
        }
    }
}
