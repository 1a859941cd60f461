package se.finsambench.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;
import se.finsambench.webapp.sql.SqlLimits;

/**
 * A hostile page in a real browser: served from another port of the same host (same site, other origin) and
 * from another host name, it submits a text/plain form whose body is JSON to /api/queries and /api/sql, and
 * fires no-cors fetches. Chromium sends them with the user's cookies; the server must save and run nothing.
 */
class CrossSiteFormInBrowserTest {

    static Path dir;
    static Lake lake;
    static Javalin app;
    static Javalin evil;
    static Browser browser;
    static String target;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        dir = Files.createTempDirectory("finsam-cross-site-");
        lake = Lake.open(LakeFixture.build(dir.resolve("lake")), new LakeSettings("512MB", 1, Duration.ofSeconds(1)));
        app = WebApp.create(lake, new WebOptions(Optional.empty(), Optional.empty(), Optional.of(dir.resolve("q.duckdb")),
                SqlLimits.defaults())).start("127.0.0.1", 0);
        target = "http://127.0.0.1:" + app.port();
        evil = Javalin.create(c -> c.showJavalinBanner = false).get("/evil.html", ctx -> ctx.html(page(target))).start("127.0.0.1", 0);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (evil != null) {
            evil.stop();
        }
        if (app != null) {
            app.stop();
            lake.close();
        }
    }

    /** A form whose text/plain body reads as JSON ({"name":"evil",…,"x":"="}), submitted on load, and two fetches. */
    static String page(String target) {
        return "<!doctype html><html><body>"
                + "<iframe name=sink></iframe>"
                + "<form id=f method=POST target=sink enctype=text/plain action='" + target + "/api/queries'>"
                + "<input name='{\"name\":\"evil-form\",\"sql\":\"SELECT 1\",\"x\":\"' value='\"}'></form>"
                + "<form id=g method=POST target=sink action='" + target + "/api/sql'><input name=sql value='SELECT 1'></form>"
                + "<script>"
                + "fetch('" + target + "/api/queries', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                + " headers: {'Content-Type': 'text/plain'}, body: JSON.stringify({name: 'evil-fetch', sql: 'SELECT 1'})})"
                + ".finally(() => { document.getElementById('f').submit(); setTimeout(() => document.getElementById('g').submit(), 300);"
                + " setTimeout(() => document.title = 'done', 1200); });"
                + "</script></body></html>";
    }

    @Test
    void aPageOnAnotherPortOfTheSameHostSavesNothing() throws Exception {
        attackFrom("http://127.0.0.1:" + evil.port() + "/evil.html");
    }

    @Test
    void aPageOnAnotherHostNameSavesNothing() throws Exception {
        attackFrom("http://localhost:" + evil.port() + "/evil.html");
    }

    private void attackFrom(String url) throws Exception {
        browser.driver.get(target + "/sql"); // the user has the workbench open (and its cookies, if any)
        browser.driver.get(url);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(d -> "done".equals(d.getTitle()));
        Thread.sleep(500);
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(target + "/api/queries"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("evil"), "a cross-site request saved a query: " + list.body());
    }
}
