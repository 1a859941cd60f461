package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.webapp.lake.LakeFixture;

class SqlApiTest {

    static Path dir;
    static SqlServer server;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("finsam-sql-api-");
        server = new SqlServer(LakeFixture.build(dir.resolve("lake")), dir.resolve("lake.queries.duckdb"), Optional.empty(),
                SqlLimits.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aQueryAnswersWithColumnsRowsAndTiming() {
        JsonNode body = server.sql("SELECT association_id, members, doc_count FROM associations ORDER BY 1 LIMIT 2").json();
        assertTrue(body.path("ok").asBoolean(), body.toString());
        assertEquals("association_id", body.path("columns").get(0).path("name").asText());
        assertEquals("VARCHAR[]", body.path("columns").get(1).path("type").asText());
        assertEquals(2, body.path("rows").size());
        assertTrue(body.path("rows").get(0).get(1).isArray(), "a list stays a JSON list");
        assertFalse(body.path("truncated").asBoolean());
        assertTrue(body.has("elapsedMs"));
    }

    @Test
    void jsonSentWithCurlsDefaultFormContentTypeIsRefusedWithAHint() {
        SqlServer.Answer a = server.post("/api/sql", Map.of("sql", "SELECT 1 AS x"),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(403, a.status(), a.body());
        assertTrue(a.json().path("error").asText().contains("Content-Type: application/json"), a.body());
    }

    @Test
    void describeShowSummarizeAndExplainAreAllowed() {
        for (String sql : new String[] {"DESCRIBE facts", "SHOW TABLES", "SUMMARIZE associations", "EXPLAIN SELECT * FROM facts",
                "EXPLAIN ANALYZE SELECT count(*) FROM facts", "FROM associations LIMIT 1", "VALUES (1, 'a')",
                "WITH a AS (SELECT 1 AS x) SELECT * FROM a", "-- a comment first\nSELECT 1;"}) {
            JsonNode body = server.sql(sql).json();
            assertTrue(body.path("ok").asBoolean(), sql + " → " + body);
        }
    }

    @Test
    void aLimitAskedForIsHonouredUpToTheCap() {
        JsonNode body = server.post("/api/sql", Map.of("sql", "SELECT * FROM range(100)", "limit", 10), Map.of()).json();
        assertEquals(10, body.path("rows").size());
        assertTrue(body.path("truncated").asBoolean());
        body = server.post("/api/sql", Map.of("sql", "SELECT * FROM range(20000)", "limit", 1_000_000), Map.of()).json();
        assertEquals(10_000, body.path("rows").size());
    }

    @Test
    void aLimitOrTimeThatIsNotAWholeNumberFromOneIsA400NamingIt() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String field : new String[] {"limit", "timeoutMs"}) {
            for (String bad : new String[] {"\"x\"", "\"10\"", "-5", "0", "2.5", "1e30", "99999999999999999999", "true", "[1]",
                    "{\"n\": 1}"}) {
                String body = "{\"sql\": \"SELECT 1\", \"" + field + "\": " + bad + "}";
                for (String format : new String[] {"", "?format=csv"}) {
                    SqlServer.Answer a = server.post("/api/sql" + format, json.readTree(body), Map.of());
                    assertEquals(400, a.status(), body + format + " → " + a.body());
                    assertEquals(field, a.json().path("parameter").asText(), body);
                    assertTrue(a.json().path("error").asText().startsWith(field + " ska vara ett heltal"), a.body());
                }
            }
        }
        SqlServer.Answer sql = server.post("/api/sql", json.readTree("{\"sql\": 42}"), Map.of());
        assertEquals(400, sql.status());
        assertEquals("sql", sql.json().path("parameter").asText());
        assertEquals("format", server.post("/api/sql", json.readTree("{\"sql\": \"SELECT 1\", \"format\": 1}"), Map.of())
                .json().path("parameter").asText());
        assertEquals(400, server.post("/api/sql", json.readTree("[1, 2]"), Map.of()).status());
        assertTrue(server.post("/api/sql", json.readTree("{\"sql\": \"SELECT 1\", \"limit\": null, \"timeoutMs\": 5000}"),
                Map.of()).json().path("ok").asBoolean(), "null is no value; a time within the server's is kept");
    }

    @Test
    void csvComesWithAcceptOrFormatAndHoldsTheWholeResult() {
        SqlServer.Answer a = server.post("/api/sql", Map.of("sql", "SELECT range AS n, 'a,b' AS t FROM range(5000)"),
                Map.of("Accept", "text/csv"));
        assertEquals(200, a.status());
        assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = a.body().split("\n");
        assertEquals("n,t", lines[0]);
        assertEquals("0,\"a,b\"", lines[1]);
        assertEquals(5001, lines.length);
        assertEquals("false", a.headers().firstValue("X-Truncated").orElse(""));
        SqlServer.Answer b = server.post("/api/sql?format=csv", Map.of("sql", "SELECT 1 AS x"), Map.of());
        assertEquals("x\n1\n", b.body());
    }

    @Test
    void anErrorInACsvRequestIsAJsonErrorNotAFile() {
        SqlServer.Answer a = server.post("/api/sql?format=csv", Map.of("sql", "DROP VIEW facts"), Map.of());
        assertEquals(403, a.status());
        assertEquals("refused", a.json().path("kind").asText());
    }

    @Test
    void parquetKeepsTypesNullsAndEmptyStrings(@TempDir Path tmp) throws Exception {
        byte[] bytes = server.postBytes("/api/sql?format=parquet", Map.of("sql",
                "SELECT association_id, doc_count, members, NULL::VARCHAR AS nothing, '' AS empty, DATE '2024-06-30' AS d"
                        + " FROM associations ORDER BY 1"), Map.of());
        Path file = tmp.resolve("r.parquet");
        Files.write(file, bytes);
        assertEquals("PAR1", new String(bytes, 0, 4, StandardCharsets.US_ASCII), new String(bytes, StandardCharsets.UTF_8));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), any_value(typeof(doc_count)), any_value(typeof(d)),"
                     + " bool_and(nothing IS NULL), bool_and(empty = '') FROM '" + file + "'")) {
            rs.next();
            assertTrue(rs.getLong(1) >= 6);
            assertEquals("BIGINT", rs.getString(2));
            assertEquals("DATE", rs.getString(3));
            assertTrue(rs.getBoolean(4));
            assertTrue(rs.getBoolean(5));
        }
    }

    @Test
    void aSavedQueryIsSharedByIdAndOutlivesTheServer() {
        SqlServer.Answer saved = server.post("/api/queries", Map.of("name", "Förbund i Skåne",
                "sql", "SELECT name FROM associations WHERE county ILIKE '%skåne%'"), Map.of());
        assertEquals(201, saved.status(), saved.body());
        String id = saved.json().path("query").path("id").asText();
        assertEquals("/sql?q=" + id, saved.json().path("url").asText());
        assertEquals(200, server.get("/sql?q=" + id, Map.of()).status());
        assertEquals(404, server.get("/sql?q=finnsinte", Map.of()).status());
        JsonNode list = server.get("/api/queries", Map.of()).json();
        assertTrue(list.path("rows").toString().contains(id));
        assertFalse(list.toString().contains("author"));
        assertTrue(Files.exists(dir.resolve("lake.queries.duckdb")), "beside the lake, not inside it");

        try (SqlServer again = new SqlServer(server.lake, server.queries, Optional.empty(), SqlLimits.defaults())) {
            JsonNode one = again.get("/api/queries/" + id, Map.of()).json();
            assertEquals("Förbund i Skåne", one.path("query").path("name").asText());
        }
    }

    @Test
    void aQueryThatCouldNotRunIsNotSaved() {
        SqlServer.Answer a = server.post("/api/queries", Map.of("name", "farlig", "sql", "COPY facts TO '/tmp/x.csv'"), Map.of());
        assertEquals(403, a.status());
        assertEquals(400, server.post("/api/queries", Map.of("name", " ", "sql", "SELECT 1"), Map.of()).status());
    }

    @Test
    void theSchemaListsEveryViewWithDescriptionsAndTheExamplesRun() {
        JsonNode body = server.get("/api/sql/schema", Map.of()).json();
        assertTrue(body.path("ok").asBoolean());
        int views = 0;
        for (JsonNode rel : body.path("rows")) {
            assertFalse(rel.path("description").asText().isBlank(), rel.path("name") + " has a description");
            for (JsonNode col : rel.path("columns")) {
                assertFalse(col.path("description").asText().isBlank(), rel.path("name") + "." + col.path("name"));
            }
            views++;
        }
        assertEquals(11, views, "ten lake views (document_lines too) and lake_info");
        assertTrue(body.path("examples").size() >= 3);
        for (JsonNode ex : body.path("examples")) {
            JsonNode r = server.sql(ex.path("sql").asText()).json();
            assertTrue(r.path("ok").asBoolean(), ex.path("title") + " → " + r);
            assertTrue(r.path("rows").size() > 0, ex.path("title") + " gives rows");
        }
    }

    @Test
    void withATokenTheSqlPageAndApiNeedIt() {
        try (SqlServer locked = new SqlServer(server.lake, dir.resolve("locked.queries.duckdb"), Optional.of("hemlig"),
                SqlLimits.defaults())) {
            assertEquals(401, locked.sql("SELECT 1").status());
            assertEquals(401, locked.get("/sql", Map.of()).status());
            assertEquals(401, locked.get("/api/queries", Map.of()).status());
            assertEquals(401, locked.post("/api/sql", Map.of("sql", "SELECT 1"), Map.of("Authorization", "Bearer fel")).status());
            assertEquals(200, locked.post("/api/sql", Map.of("sql", "SELECT 1"), Map.of("Authorization", "Bearer hemlig")).status());
            SqlServer.Answer page = locked.get("/sql?token=hemlig", Map.of());
            assertEquals(200, page.status());
            String cookie = page.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            assertEquals(200, locked.post("/api/sql", Map.of("sql", "SELECT 1"),
                    Map.of("Cookie", cookie.substring(0, cookie.indexOf(';')))).status());
            assertEquals(200, locked.get("/api/oversikt", Map.of()).status(), "the dashboards stay open");
        }
    }
}
