package se.finsambench.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.finsambench.webapp.api.ApiTestSupport.get;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;

/** With --truth, Datakvalitet counts figures that match, differ, or are missing; a broken file is skipped. */
class QualityTruthTest {

    @TempDir
    Path dir;

    @Test
    void matchesWrongAndMissingAreCounted() throws Exception {
        try (Lake lake = ApiTestSupport.fixtureLake()) {
            JsonNode soderasen = get0(lake, "/api/kalla?forbund=soderasen&indikator=result_margin&period=2023-12-31");
            double revenue = 0;
            for (JsonNode r : soderasen.get("rows")) {
                if (r.get("concept").asText().equals("revenue_total")) {
                    revenue = r.get("value").asDouble();
                }
            }
            Path truth = dir.resolve("truth.csv");
            Files.writeString(truth, "file,association_id,doc_type,fiscal_year,period_end,scenario,concept,member,value,tolerance\n"
                    + "arsredovisning-2023.pdf,soderasen,annual_report,2023,2023-12-31,actual,revenue_total,," + revenue + ",0\n"
                    + "arsredovisning-2023.pdf,soderasen,annual_report,2023,2023-12-31,actual,result,,1,0\n"
                    + "arsredovisning-2023.pdf,soderasen,annual_report,2023,2023-12-31,actual,cash,,5000,0\n");
            JavalinTest.test(WebApp.create(lake, new WebOptions(Optional.of(truth))), (server, client) -> {
                JsonNode t = get(client, "/api/datakvalitet").json().get("truth");
                assertEquals(3, t.get("total").asInt());
                assertEquals(1, t.get("matched").asInt());
                assertEquals(1, t.get("wrong").asInt());
                assertEquals(1, t.get("missing").asInt());
            });
            Path broken = dir.resolve("broken.csv");
            Files.writeString(broken, "a,b\n1,2\n");
            JavalinTest.test(WebApp.create(lake, new WebOptions(Optional.of(broken))), (server, client) ->
                    assertEquals(true, get(client, "/api/datakvalitet").json().get("truth").isNull()));
        }
    }

    private static JsonNode get0(Lake lake, String path) {
        JsonNode[] out = new JsonNode[1];
        JavalinTest.test(WebApp.create(lake, WebOptions.defaults()), (server, client) -> out[0] = get(client, path).json());
        return out[0];
    }
}
