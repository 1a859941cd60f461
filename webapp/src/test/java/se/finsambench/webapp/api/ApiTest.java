package se.finsambench.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.finsambench.webapp.api.ApiTestSupport.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTest extends OnFixtureLake {

    private static void assertEnvelope(JsonNode j) {
        assertTrue(j.get("ok").asBoolean(), j.toString());
        assertTrue(j.get("rows").isArray());
        assertTrue(j.has("truncated"));
        assertEquals("run-1", j.get("runId").asText());
        assertTrue(j.get("synthetic").asBoolean());
    }

    @Test
    void overviewHasMediansStatusesAndMovers() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/oversikt").json();
            assertEnvelope(j);
            assertEquals(2023, j.get("filters").get("ar").asInt());
            assertEquals(6, j.get("associations").asInt());
            assertEquals(10, j.get("rows").size());
            JsonNode cost = j.get("rows").get(0);
            assertEquals("cost_per_participant", cost.get("indicator").asText());
            assertEquals(6, cost.get("spread").get("n").asInt());
            assertTrue(cost.get("spread").get("q1").asDouble() <= cost.get("spread").get("median").asDouble());
            assertTrue(j.get("movers").size() > 0);
            assertEquals(1, j.get("documentsWithoutYear").asInt());
            JsonNode y2022 = get(client, "/api/oversikt?ar=2022").json();
            assertEquals(5, y2022.get("rows").get(0).get("spread").get("n").asInt(), "one value is missing_input in 2022");
        });
    }

    @Test
    void comparisonRanksFiltersAndNeverMixesHalfYears() {
        served((server, client) -> {
            JsonNode all = get(client, "/api/jamforelse?indikator=admin_share&ar=2023&period=helar").json();
            assertEnvelope(all);
            assertEquals(6, all.get("rows").size());
            List<Double> values = new ArrayList<>();
            all.get("rows").forEach(r -> values.add(r.get("value").asDouble()));
            for (int i = 1; i < values.size(); i++) {
                assertTrue(values.get(i - 1) <= values.get(i), "lower admin share ranks first: " + values);
            }
            assertEquals(1, all.get("rows").get(0).get("rank").asInt());
            assertNotNull(all.get("national").get("median"));

            JsonNode skane = get(client, "/api/jamforelse?indikator=admin_share&ar=2023&grupp=lan:12").json();
            assertEquals(3, skane.get("rows").size());
            assertEquals(all.get("national").get("median").asDouble(), skane.get("national").get("median").asDouble(), 1e-9);

            JsonNode half = get(client, "/api/jamforelse?indikator=admin_share&ar=2024&period=halvar").json();
            assertEquals(2, half.get("rows").size());
            half.get("rows").forEach(r -> assertEquals("2024-06-30", r.get("periodEnd").asText()));
            JsonNode fullOf2024 = get(client, "/api/jamforelse?indikator=admin_share&ar=2024&period=helar").json();
            assertEquals(0, fullOf2024.get("rows").size());

            JsonNode members = get(client, "/api/jamforelse?indikator=admin_share&ar=2023&grupp=medlemmar:1").json();
            assertEquals("trelleborg", members.get("rows").get(0).get("associationId").asText());

            JsonNode inconsistent = get(client, "/api/jamforelse?indikator=equity_ratio&ar=2023").json();
            boolean flagged = false;
            for (JsonNode r : inconsistent.get("rows")) {
                flagged |= r.get("quality").asText().equals("inconsistent");
            }
            assertTrue(flagged, "an inconsistent value is shown, flagged");
        });
    }

    @Test
    void badFiltersAre400InTheEnvelope() {
        served((server, client) -> {
            for (String path : List.of("/api/jamforelse?indikator=nope", "/api/jamforelse?period=kvartal",
                    "/api/jamforelse?grupp=lan:xx", "/api/oversikt?ar=tjugo", "/api/kalla?dok=x")) {
                var a = get(client, path);
                assertEquals(400, a.status(), path);
                JsonNode j = a.json();
                assertFalse(j.get("ok").asBoolean());
                assertEquals(400, j.get("status").asInt());
                assertFalse(j.get("error").asText().isBlank());
            }
        });
    }

    @Test
    void csvIsExactlyTheTableShown() {
        served((server, client) -> {
            var json = get(client, "/api/jamforelse?indikator=admin_share&ar=2023&grupp=lan:06").json();
            var csv = get(client, "/api/export/jamforelse/rangordning.csv?indikator=admin_share&ar=2023&grupp=lan:06&dialekt=rfc4180");
            assertEquals(200, csv.status());
            assertTrue(csv.contentType().startsWith("text/csv"));
            String[] lines = csv.body().split("\r\n");
            assertTrue(lines[0].startsWith("Rang,Förbunds-id,Förbund,Län"), lines[0]);
            assertEquals(json.get("rows").size() + 1, lines.length);
            assertTrue(lines[1].startsWith("1," + json.get("rows").get(0).get("associationId").asText() + ","));
            assertTrue(csv.body().contains("\"<script>alert(1)</script> samordningsförbund\"")
                    || csv.body().contains("<script>alert(1)</script> samordningsförbund"));
        });
    }

    @Test
    void mapExportNamesEachMunicipalityWithItsAssociationsValue() {
        served((server, client) -> {
            JsonNode json = get(client, "/api/jamforelse?indikator=admin_share&ar=2023").json();
            JsonNode first = json.get("rows").get(0);
            JsonNode map = json.get("municipalities");
            assertTrue(map.size() >= json.get("rows").size(), "every association has members on the map");
            map.forEach(m -> assertEquals(List.of("municipality", "code", "associationId"), fieldNames(m)));
            var csv = get(client, "/api/export/jamforelse/karta.csv?indikator=admin_share&ar=2023&dialekt=rfc4180");
            String[] lines = csv.body().split("\r\n");
            assertEquals("Kommun,Kommunkod,Förbund,Värde", lines[0]);
            assertEquals(map.size() + 1, lines.length);
            String member = null;
            for (JsonNode m : map) {
                if (member == null && m.get("associationId").asText().equals(first.get("associationId").asText())) {
                    member = m.get("municipality").asText();
                }
            }
            String value = String.format(java.util.Locale.ROOT, "%.2f", first.get("value").asDouble());
            boolean found = false;
            for (String line : lines) {
                found |= line.startsWith(member + ",") && line.endsWith("," + value);
            }
            assertTrue(found, member + " with " + value + " in " + csv.body());
        });
    }

    @Test
    void aRepeatedRequestAnswersAsItsFilters() {
        served((server, client) -> {
            String a = get(client, "/api/jamforelse?indikator=admin_share&ar=2023").body();
            assertEquals(a, get(client, "/api/jamforelse?ar=2023&indikator=admin_share").body(), "same filters, same answer");
            assertEquals(a, get(client, "/api/jamforelse?indikator=admin_share&ar=2023").body(), "asked again");
            for (int i = 0; i < 2; i++) {
                assertEquals(400, get(client, "/api/jamforelse?indikator=admin_share&ar=20x3").status(), "a bad value, twice");
            }
            assertEquals(a, get(client, "/api/jamforelse?indikator=admin_share&ar=2023&okand=1").body(),
                    "a parameter the page does not have is ignored");
        });
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void associationPageAndUnknownIds() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/forbund/soderasen").json();
            assertEnvelope(j);
            assertEquals("Söderåsens samordningsförbund", j.get("association").get("name").asText());
            assertTrue(j.get("rows").size() > 20);
            assertTrue(j.get("contributions").size() >= 2 * 9);
            java.util.Set<String> names = new java.util.HashSet<>();
            j.get("interventions").forEach(r -> names.add(r.get("name").asText()));
            assertEquals(2, names.size());
            assertEquals(6, j.get("nns").size(), "three NNS indicators in 2022 and 2023");
            assertEquals(4, j.get("documents").size());
            JsonNode first = j.get("rows").get(0);
            assertTrue(first.has("nationalMedian"));

            var missing = get(client, "/api/forbund/finns-inte");
            assertEquals(404, missing.status());
            assertFalse(missing.json().get("ok").asBoolean());
            var page = get(client, "/forbund/finns-inte");
            assertEquals(404, page.status());
            assertTrue(page.contentType().startsWith("text/html"));
            assertTrue(page.body().contains("Sidan finns inte"));
            assertEquals(404, get(client, "/api/finns-inte").status());
            assertTrue(get(client, "/api/finns-inte").json().has("error"));
            assertTrue(get(client, "/finns-inte").body().contains("finns inte"));
        });
    }

    @Test
    void associationListHasCountiesAndSizes() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/forbund").json();
            assertEnvelope(j);
            assertEquals(6, j.get("rows").size());
            for (JsonNode a : j.get("rows")) {
                assertEquals(1, a.get("countyCodes").size(), a.toString());
                assertFalse(a.get("sizeClass").isNull());
            }
            assertEquals(400, get(client, "/api/nns?indikator=admin_share").status());
            assertEquals(200, get(client, "/api/fordelning").status(), "defaults: first county, latest year");
        });
    }

    @Test
    void qualityListsRejectedFailedAndFlagged() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/datakvalitet").json();
            assertEnvelope(j);
            assertEquals(2, j.get("rows").size(), "two failed checks");
            assertTrue(j.get("documents").toString().contains("rejected"));
            assertTrue(j.get("documents").toString().contains("krypterad"));
            assertTrue(j.get("flaggedIndicators").toString().contains("inconsistent"));
            assertTrue(j.get("truth").isNull(), "no truth configured");
        });
    }

    @Test
    void allocationHasSharesGiniAndEqualSplit() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/fordelning?lan=12&ar=2023").json();
            assertEnvelope(j);
            assertEquals(11, j.get("rows").size(), "municipalities of the three Skåne associations");
            double share = 0;
            double population = 0;
            double change = 0;
            for (JsonNode r : j.get("rows")) {
                share += r.get("share").asDouble();
                population += r.get("population_share").asDouble();
                change += r.get("equal_split_change").asDouble();
            }
            assertEquals(100, share, 1e-6);
            assertEquals(100, population, 1e-6);
            assertEquals(0, change, 1e-3);
            double gini = j.get("gini").asDouble();
            assertTrue(gini > 0 && gini < 1, "gini " + gini);
            assertEquals("20–74", j.get("band").asText());
            assertEquals(3, j.get("associations").size());
            assertEquals(400, get(client, "/api/fordelning?lan=skane").status());
        });
    }

    @Test
    void nnsHasHeatMapCellsAndRanking() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/nns?ar=2023&indikator=nns_2").json();
            assertEnvelope(j);
            assertEquals(6, j.get("rows").size());
            assertEquals(18, j.get("cells").size());
            assertEquals(70.0, j.get("rows").get(0).get("national").asDouble(), 1e-9);
        });
    }

    @Test
    void sourceOfAFactAndOfAnIndicator() {
        served((server, client) -> {
            JsonNode assoc = get(client, "/api/forbund/soderasen").json();
            JsonNode contribution = assoc.get("contributions").get(0);
            String path = "/api/kalla?dok=" + contribution.get("doc_id").asText() + "&rad="
                    + contribution.get("source_line").asInt();
            JsonNode fact = get(client, path).json();
            assertEnvelope(fact);
            JsonNode row = fact.get("rows").get(0);
            assertNotNull(row.get("highlight").get("start"), "Söderåsen prints tkr; the figure is still found");
            String text = row.get("source_text").asText();
            String marked = text.substring(row.get("highlight").get("start").asInt(), row.get("highlight").get("end").asInt());
            assertTrue(marked.matches("-?[\\d ]+"), marked);

            JsonNode ind = get(client, "/api/kalla?forbund=soderasen&indikator=admin_share&period=2023-12-31").json();
            assertEnvelope(ind);
            assertEquals(2, ind.get("rows").size(), "costs_admin and costs_total");
            assertEquals(404, get(client, "/api/kalla?dok=" + "0".repeat(64) + "&rad=1").status());
            assertEquals(400, get(client, "/api/kalla?dok=nope&rad=1").status(), "not a document id");
            assertEquals(404, get(client, "/api/kalla?forbund=soderasen&indikator=admin_share&period=2019-12-31").status());
        });
    }

    @Test
    void openApiAndStaticFilesAndSecurityHeaders() {
        served((server, client) -> {
            var spec = get(client, "/api/openapi.json");
            assertEquals(200, spec.status());
            assertEquals("3.0.3", spec.json().get("openapi").asText());
            for (String p : List.of("/", "/static/js/common.js", "/api/oversikt",
                    "/webjars/echarts/5.3.1/dist/echarts.min.js", "/finns-inte")) {
                var a = get(client, p);
                assertEquals("nosniff", a.headers().get("X-Content-Type-Options"), p);
                assertTrue(a.headers().get("Content-Security-Policy").contains("script-src 'self'"), p);
            }
            assertEquals(200, get(client, "/webjars/echarts/5.3.1/dist/echarts.min.js").status());
        });
    }
}
