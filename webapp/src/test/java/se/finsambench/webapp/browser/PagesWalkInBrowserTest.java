package se.finsambench.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;

/**
 * Every page at 1400 px and at 400 px, as a new user would walk them: nothing wider than the screen, no page taller
 * than 6,000 px, every bar chart with a label for each row of its table, no English and no server path in what the
 * page shows. On the fixture lake always, and on the demo lake ({@code data/demo/lake}) when it has been made.
 * Screenshots of each page at both widths go to webapp/target/screenshots/.
 */
class PagesWalkInBrowserTest {

    static final int[] WIDTHS = {1400, 400};
    static final int MAX_HEIGHT = 6000;
    /** Words of English sentences; none is a Swedish word, so any of them in a page is English text. */
    static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|of|could|not|with|figures|cells|was|were|which|found|failed|error|table|line|file|is)\\b");
    static final Pattern SERVER_PATH = Pattern.compile("(^|[\\s(\"'])(/(work|home|root|tmp|data|usr|var|srv|opt|mnt)/|[A-Z]:\\\\)");
    static final Path DEMO = Path.of("..", "data", "demo", "lake");

    static Browser browser;
    Lake lake;
    Javalin app;

    @BeforeAll
    static void chromium() {
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (app != null) {
            app.stop();
        }
        if (lake != null) {
            lake.close();
        }
    }

    @Test
    void everyPageOnTheFixtureLake() throws Exception {
        walk(LakeFixture.temporary(), "");
    }

    @Test
    void everyPageOnTheDemoLake() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DEMO.resolve("CURRENT")), "no demo lake: ./finsambench demo makes it");
        walk(DEMO, "demo-");
    }

    private void walk(Path lakeDir, String prefix) throws Exception {
        lake = Lake.open(lakeDir, new LakeSettings("1GB", 2, Duration.ofSeconds(1)));
        app = WebApp.create(lake, WebOptions.defaults()).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        browser = new Browser();
        List<String> failures = new ArrayList<>();
        for (int width : WIDTHS) {
            browser.width(width);
            for (Map.Entry<String, String> page : pages(base).entrySet()) {
                open(base + page.getValue());
                String where = page.getKey() + " at " + width + " px: ";
                long overflow = ((Number) browser.driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
                if (overflow > 0) {
                    failures.add(where + "wider than the screen by " + overflow + " px: " + widest());
                }
                long height = ((Number) browser.driver.executeScript("return document.documentElement.scrollHeight")).longValue();
                if (height >= MAX_HEIGHT) {
                    failures.add(where + height + " px tall");
                }
                failures.addAll(labels(where));
                // What the page says in words: code (SQL, JSON field names, ids) and the documents' own text are left out.
                String text = (String) browser.driver.executeScript("const c = document.body.cloneNode(true);"
                        + " c.querySelectorAll('code, pre, .CodeMirror, textarea, script, .doc-text, .source-line').forEach(e => e.remove());"
                        + " return c.innerText + ' '"
                        + " + [...document.querySelectorAll('[title],[aria-label],[data-def]')].map(e => (e.title || '') + ' '"
                        + " + (e.getAttribute('aria-label') || '') + ' ' + (e.dataset.def || '')).join(' ')");
                var english = ENGLISH.matcher(text.replace("\u00a0", " "));
                if (english.find()) {
                    int at = english.start();
                    failures.add(where + "English: …" + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)) + "…");
                }
                var path = SERVER_PATH.matcher(text);
                if (path.find()) {
                    failures.add(where + "server path: " + text.substring(path.start(), Math.min(text.length(), path.start() + 80)));
                }
                browser.screenshot(prefix + page.getKey() + "-" + width, width);
            }
        }
        browser.console();
        assertTrue(failures.isEmpty(), failures.size() + " problems:\n" + String.join("\n", failures));
    }

    /** The pages with what they name taken from the lake: its first association and a figure of it. */
    private static Map<String, String> pages(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/forbund")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("rows").get(0);
        String id = first.get("id").asText();
        JsonNode profile = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/forbund/" + id)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode fact = profile.get("contributions").get(0);
        JsonNode indicator = profile.get("rows").get(0);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("oversikt", "/");
        out.put("jamforelse", "/jamforelse");
        out.put("jamforelse-halvar", "/jamforelse?period=halvar&indikator=admin_share");
        out.put("jamforelse-liknande", "/jamforelse?grupp=liknande:" + id);
        out.put("forbundslista", "/forbund");
        out.put("forbund", "/forbund/" + id);
        out.put("liknande", "/liknande?forbund=" + id);
        out.put("forbund-liknande", "/forbund/" + id + "?grupp=liknande:" + id);
        out.put("fordelning", "/fordelning");
        out.put("fordelning-liknande", "/fordelning?grupp=liknande:" + id);
        out.put("nns", "/nns");
        out.put("datakvalitet", "/datakvalitet");
        out.put("kalla", "/kalla?forbund=" + id + "&indikator=" + indicator.get("indicator_id").asText() + "&period="
                + indicator.get("period_end").asText());
        out.put("kalla-uppgift", "/kalla?dok=" + fact.get("doc_id").asText() + "&rad=" + fact.get("source_line").asInt());
        out.put("dokument", "/dokument/" + fact.get("doc_id").asText() + "?rad=" + fact.get("source_line").asInt());
        out.put("sql", "/sql");
        out.put("api-dokumentation", "/api-dokumentation");
        return out;
    }

    private void open(String url) {
        browser.driver.get(url);
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector(".loading")).isEmpty());
        wait.until(d -> d.findElements(By.cssSelector(".chart")).stream()
                .allMatch(c -> !c.findElements(By.tagName("canvas")).isEmpty()));
    }

    /** Charts draw a label for every category and have as many as the rows of the table beside them. */
    @SuppressWarnings("unchecked")
    private List<String> labels(String where) {
        List<String> out = new ArrayList<>();
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.driver.executeScript(
                "return [...document.querySelectorAll('.chart')].map(el => { const c = echarts.getInstanceByDom(el);"
                + " if (!c) return null; const o = c.getOption(); const axes = [].concat(o.yAxis || [], o.xAxis || [])"
                + ".filter(a => a.type === 'category'); const t = el.dataset.rowsOf ? document.getElementById(el.dataset.rowsOf) : null;"
                + " const m = c.getModel(); const shown = ['yAxis', 'xAxis'].flatMap(k => (m.getComponent(k) ? [m.getComponent(k)] : []))"
                + ".map(x => x.axis).filter(a => a.type === 'category').map(a => a.getViewLabels().length);"
                + " return { id: el.id, categories: axes.map(a => (a.data || []).length), shown,"
                + " rows: t ? t.querySelectorAll('tbody tr:not(.empty)').length : -1 }; }).filter(x => x)");
        for (Map<String, Object> c : charts) {
            List<Object> shown = (List<Object>) c.get("shown");
            List<Object> categories = (List<Object>) c.get("categories");
            // The labels ECharts actually draws, so a chart that thins its labels out (interval "auto") is caught.
            for (int i = 0; i < Math.min(shown.size(), categories.size()); i++) {
                if (((Number) shown.get(i)).longValue() < ((Number) categories.get(i)).longValue()) {
                    out.add(where + c.get("id") + " labels " + shown.get(i) + " of " + categories.get(i) + " categories");
                }
            }
            long rows = ((Number) c.get("rows")).longValue();
            if (rows >= 0 && !categories.isEmpty() && ((Number) categories.get(0)).longValue() != rows) {
                out.add(where + c.get("id") + " has " + categories.get(0) + " categories for " + rows + " table rows");
            }
        }
        return out;
    }

    private String widest() {
        return String.valueOf(browser.driver.executeScript("const w = document.documentElement.clientWidth;"
                + " const e = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                + ");"
                + " return e.slice(0, 3).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"));
    }
}
