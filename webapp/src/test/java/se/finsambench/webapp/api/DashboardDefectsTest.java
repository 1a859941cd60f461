package se.finsambench.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.finsambench.webapp.api.ApiTestSupport.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.Response;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The defects a new user found on the dashboards (issue 16), each pinned by the answer that showed it. */
class DashboardDefectsTest extends OnFixtureLake {

    @Test
    void theProfileListsEachIndicatorOnce() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/forbund/soderasen").json();
            Set<String> ids = new HashSet<>();
            j.get("indicators").forEach(i -> assertTrue(ids.add(i.get("id").asText()), "twice: " + i));
            assertTrue(ids.contains("nns_1") && ids.contains("admin_share"), ids.toString());
        });
    }

    @Test
    void qualityGroupsProblemsByKindInSwedishWithoutServerPaths() {
        served((server, client) -> {
            var answer = get(client, "/api/datakvalitet");
            JsonNode j = answer.json();
            JsonNode shortRows = null;
            int aboutShortRows = 0;
            for (JsonNode p : j.get("problems")) {
                if (p.get("kind").asText().equals("short_row")) {
                    shortRows = p;
                }
                aboutShortRows += p.toString().contains("färre celler") || p.toString().contains("fewer cells") ? 1 : 0;
            }
            // The document has the problem on lines 46 and 47: one entry, not one per line's text.
            assertEquals(1, aboutShortRows, j.get("problems").toString());
            assertNotNull(shortRows, j.get("problems").toString());
            assertEquals(2, shortRows.get("n").asInt(), "two lines, one kind");
            assertEquals(1, shortRows.get("documents").asInt());
            assertTrue(shortRows.get("label").asText().startsWith("En tabellrad har färre celler"));
            assertEquals(46, shortRows.get("examples").get(0).get("line").asInt());
            assertFalse(answer.body().contains("fewer cells"), "no English problem text");
            assertFalse(answer.body().contains("/data/corpus"), "no server path");
            for (JsonNode c : j.get("rows")) {
                assertFalse(c.get("unit").asText().isBlank(), c.toString());
                assertEquals(64, c.get("doc_id").asText().length());
                assertFalse(c.get("file").asText().startsWith("/"), c.toString());
            }
            for (JsonNode d : j.get("documents")) {
                assertTrue(d.has("file_name") && !d.has("source_path"), d.toString());
            }
        });
    }

    @Test
    void administrationLinesAreNotInsatserInCostPerParticipant() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/kalla?forbund=soderasen&indikator=cost_per_participant&period=2023-12-31").json();
            assertTrue(j.get("rows").size() > 0);
            for (JsonNode f : j.get("rows")) {
                assertFalse(f.get("member").asText().contains("Kansli"), f.toString());
            }
            JsonNode profile = get(client, "/api/forbund/soderasen").json();
            profile.get("interventions").forEach(i -> assertFalse(i.get("name").asText().equals("Kansli")));
        });
    }

    @Test
    void halfYearsOfDifferentLengthAreNeverRankedTogether() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/jamforelse?indikator=admin_share&ar=2024&period=halvar").json();
            // The fixture has two six-month reports and one of eight months: only the two are ranked together.
            j.get("rows").forEach(r -> assertEquals("2024-06-30", r.get("periodEnd").asText(), r.toString()));
            assertEquals(2, j.get("rows").size());
            assertEquals(List.of("06-30", "08-31"), List.of(j.get("periodEnds").get(0).asText(), j.get("periodEnds").get(1).asText()));
            JsonNode august = get(client, "/api/jamforelse?indikator=admin_share&ar=2024&period=halvar&periodslut=08-31").json();
            assertEquals(1, august.get("rows").size());
            assertEquals("2024-08-31", august.get("rows").get(0).get("periodEnd").asText());
            assertEquals("08-31", august.get("filters").get("periodslut").asText());
        });
    }

    @Test
    void csvOpensInSwedishExcelAndEveryTableHasXlsx() throws Exception {
        served((server, client) -> {
            String query = "?indikator=admin_share&ar=2023&grupp=lan:12";
            try (Response r = client.get("/api/export/jamforelse/rangordning.csv" + query)) {
                byte[] body = r.body().bytes();
                assertEquals((byte) 0xEF, body[0], "UTF-8 byte order mark");
                String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
                String[] lines = text.split("\r\n");
                assertTrue(lines[0].startsWith("Rang;Förbunds-id;Förbund;Län;Värde"), lines[0]);
                assertTrue(lines[1].matches("1;[^;]+;[^;]+;[^;]*;\\d+,\\d{2};.*"), lines[1]);
                assertEquals("attachment; filename=\"jamforelse-rangordning-admin_share-2023-helar-lan-12.csv\"",
                        r.header("Content-Disposition"));
            }
            for (var page : List.of("oversikt", "jamforelse", "forbundslista", "fordelning", "nns", "datakvalitet")) {
                JsonNode spec = get(client, "/api/openapi.json").json();
                assertNotNull(spec.get("paths").get("/api/export/{page}/{file}"));
                try (Response r = client.get("/api/export/" + page + "/" + firstTable(page) + ".xlsx")) {
                    assertEquals(200, r.code(), page);
                    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body().bytes()))) {
                        Sheet sheet = book.getSheetAt(0);
                        assertFalse(sheet.getRow(0).getCell(0).getStringCellValue().isBlank(), page);
                    }
                }
            }
            try (Response r = client.get("/api/export/forbund/insatser.xlsx?id=soderasen")) {
                assertEquals(200, r.code());
                assertTrue(r.header("Content-Disposition").contains("forbund-insatser-soderasen.xlsx"));
            }
            assertEquals(400, get(client, "/api/export/jamforelse/rangordning.csv?dialekt=lotus").status());
            assertEquals(400, get(client, "/api/export/jamforelse/finns-inte.csv").status());
        });
    }

    private static String firstTable(String page) {
        return switch (page) {
            case "oversikt" -> "indikatorer";
            case "jamforelse", "nns" -> "rangordning";
            case "forbundslista", "fordelning" -> page.equals("fordelning") ? "kommuner" : "forbund";
            default -> "problem";
        };
    }

    @Test
    void anImpossibleDateOrANulIsA400NamingTheParameter() {
        served((server, client) -> {
            var date = get(client, "/api/kalla?forbund=soderasen&indikator=admin_share&period=2024-13-45");
            assertEquals(400, date.status());
            assertEquals("period", date.json().get("parameter").asText());
            var nul = get(client, "/api/jamforelse?ar=%00");
            assertEquals(400, nul.status());
            assertEquals("ar", nul.json().get("parameter").asText());
            var path = get(client, "/api/forbund/a%00b");
            assertEquals(400, path.status());
            assertTrue(path.contentType().startsWith("application/json"), path.contentType());
            assertFalse(path.json().get("ok").asBoolean());
        });
    }

    @Test
    void noPageAnswerCarriesAServerPath() {
        served((server, client) -> {
            JsonNode fact = get(client, "/api/forbund/soderasen").json().get("contributions").get(0);
            for (String path : List.of("/api/forbund/soderasen", "/api/datakvalitet",
                    "/api/kalla?forbund=soderasen&indikator=admin_share&period=2023-12-31",
                    "/api/kalla?dok=" + fact.get("doc_id").asText() + "&rad=" + fact.get("source_line").asInt(),
                    "/api/dokument/" + fact.get("doc_id").asText())) {
                String body = get(client, path).body();
                assertFalse(body.contains("\"/data/"), path + " names a server path");
                assertFalse(body.contains("source_path"), path);
            }
        });
    }
}
