package se.finsambench.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.finsambench.webapp.api.ApiTestSupport.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A comparison group (grupp=valda:… or liknande:…) on Fördelning and on the association profile. */
class GroupsOnEveryPageTest extends OnFixtureLake {

    /** Two associations of Skåne and one of Jönköping's county. */
    static final String GROUP = "valda:soderasen,trelleborg,hoglandet";

    @Test
    void allocationMarksTheGroupInTheCountyAndListsItsAssociationsFromEveryCounty() {
        served((server, client) -> {
            JsonNode plain = get(client, "/api/fordelning?lan=12&ar=2023").json();
            assertFalse(plain.has("group"), "no group part without a group");
            JsonNode j = get(client, "/api/fordelning?lan=12&ar=2023&grupp=" + GROUP).json();
            assertEquals(GROUP, j.get("filters").get("grupp").asText());
            assertEquals(plain.get("rows"), j.get("rows"), "the county's own figures do not change with a group");
            assertEquals(plain.get("gini"), j.get("gini"));
            Map<String, Boolean> marked = new HashMap<>();
            j.get("associations").forEach(a -> marked.put(a.get("association_id").asText(), a.get("in_group").asBoolean()));
            assertEquals(Map.of("soderasen", true, "trelleborg", true, "ystad-osterlen", false), marked);

            JsonNode group = j.get("group");
            List<String> ids = new ArrayList<>();
            group.get("rows").forEach(r -> ids.add(r.get("association_id").asText()));
            assertEquals(List.of("soderasen", "trelleborg", "hoglandet").stream().sorted().toList(), ids.stream().sorted().toList());
            JsonNode hoglandet = null;
            for (JsonNode r : group.get("rows")) {
                if (r.get("association_id").asText().equals("hoglandet")) {
                    hoglandet = r;
                }
            }
            assertEquals("Jönköpings län", hoglandet.get("county").asText());
            assertEquals(hoglandet.get("total").asDouble() / hoglandet.get("people").asDouble(),
                    hoglandet.get("per_inhabitant").asDouble(), 1e-9);
            JsonNode medians = group.get("perInhabitant");
            assertEquals(3, medians.get("group").get("n").asInt());
            assertEquals(3, medians.get("county").get("n").asInt());
            assertEquals(6, medians.get("nation").get("n").asInt());
            assertEquals(median(group.get("rows")), medians.get("group").get("median").asDouble(), 1e-9);

            var csv = get(client, "/api/export/fordelning/grupp.csv?lan=12&ar=2023&grupp=" + GROUP + "&dialekt=rfc4180");
            assertEquals(200, csv.status());
            assertEquals(4, csv.body().split("\r\n").length, csv.body());
            assertTrue(csv.body().startsWith("Förbund,Län,Medlemskommuner,Invånare"), csv.body());
        });
    }

    @Test
    void aGroupBuiltAroundAnAssociationOpensAllocationOnItsCounty() {
        served((server, client) -> {
            JsonNode j = get(client, "/api/fordelning?ar=2023&grupp=valda:hoglandet,soderasen").json();
            assertEquals("06", j.get("filters").get("lan").asText());
        });
    }

    @Test
    void theProfileShowsTheGroupsMedianBesideTheNations() {
        served((server, client) -> {
            JsonNode plain = get(client, "/api/forbund/soderasen").json();
            plain.get("rows").forEach(r -> assertFalse(r.has("groupMedian"), "no group median without a group"));
            assertFalse(plain.get("filters").has("grupp"), "no group, none in the filters (nor in an export's name)");

            JsonNode j = get(client, "/api/forbund/soderasen?grupp=" + GROUP).json();
            assertEquals(GROUP, j.get("filters").get("grupp").asText());
            assertEquals("Valda förbund (3)", j.get("groupLabel").asText());
            // The group's median of a full year is the median Jämförelse shows for the same group.
            JsonNode compared = get(client, "/api/jamforelse?indikator=admin_share&ar=2023&grupp=" + GROUP).json();
            JsonNode row = null;
            for (JsonNode r : j.get("rows")) {
                if (r.get("indicator_id").asText().equals("admin_share") && r.get("period_end").asText().equals("2023-12-31")) {
                    row = r;
                }
            }
            assertNotNull(row);
            assertEquals(compared.get("group").get("median").asDouble(), row.get("groupMedian").asDouble(), 1e-9);
            assertEquals(compared.get("national").get("median").asDouble(), row.get("nationalMedian").asDouble(), 1e-9);
            boolean nnsWithGroup = false;
            for (JsonNode n : j.get("nns")) {
                nnsWithGroup |= n.has("groupMedian") && !n.get("groupMedian").isNull();
            }
            assertTrue(nnsWithGroup, j.get("nns").toString());

            var csv = get(client, "/api/export/forbund/indikatorer.csv?id=soderasen&grupp=" + GROUP + "&dialekt=rfc4180");
            assertTrue(csv.body().startsWith("Indikator,Indikator-id,Period,Värde,Enhet,Kvalitet,Riksmedian,"), csv.body());
            assertTrue(csv.body().split("\r\n")[0].endsWith(",Gruppens median"), csv.body());
            assertEquals(400, get(client, "/api/forbund/soderasen?grupp=valda:").status());
            assertEquals("grupp", get(client, "/api/fordelning?grupp=lan:x").json().get("parameter").asText());
        });
    }

    private static double median(JsonNode rows) {
        List<Double> v = new ArrayList<>();
        rows.forEach(r -> v.add(r.get("per_inhabitant").asDouble()));
        v.sort(Double::compare);
        return v.size() % 2 == 1 ? v.get(v.size() / 2) : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2;
    }
}
