package se.finsambench.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;

/**
 * Every page in a real browser over the fixture lake: no console errors (CSP violations included), charts
 * drawn on a canvas, filters in the URL, one click from a number to its source line. Screenshots go to
 * webapp/target/screenshots/. Skipped where Debian's chromium is not installed (CI installs it).
 */
class PagesInBrowserTest {

    static Lake lake;
    static Javalin app;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        lake = Lake.open(LakeFixture.temporary(), new LakeSettings("512MB", 1, Duration.ofSeconds(1)));
        app = WebApp.create(lake, WebOptions.defaults()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
        if (lake != null) {
            lake.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(15));
    }

    /** Loads a page and waits until its data is in (no "Hämtar …" left) and every chart has a canvas. */
    private void open(String path) {
        browser.driver.get(base + path);
        waiting().until(d -> d.findElements(By.cssSelector(".loading")).isEmpty());
        waiting().until(d -> d.findElements(By.cssSelector(".chart")).stream()
                .allMatch(c -> !c.findElements(By.tagName("canvas")).isEmpty()));
    }

    private void assertNoConsoleErrors(String page) {
        List<LogEntry> severe = browser.console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertTrue(severe.isEmpty(), page + ": " + severe);
    }

    @Test
    void everyPageLoadsWithChartsAndNoConsoleErrors() throws Exception {
        browser.console();
        for (String[] page : new String[][] {
                {"/", "oversikt"}, {"/jamforelse", "jamforelse"}, {"/forbund", "forbundslista"},
                {"/forbund/soderasen", "forbund"}, {"/fordelning?lan=12", "fordelning"}, {"/nns", "nns"},
                {"/datakvalitet", "datakvalitet"}, {"/kalla?forbund=soderasen&indikator=admin_share&period=2023-12-31", "kalla"},
                {"/api-dokumentation", "api-dokumentation"}, {"/forbund/finns-inte", "fel-404"}}) {
            open(page[0]);
            assertFalse(browser.driver.findElements(By.tagName("h1")).isEmpty(), page[0]);
            assertTrue(browser.driver.findElements(By.id("page-error")).isEmpty(), page[0] + " shows an error");
            browser.screenshot(page[1]);
            if (!page[1].equals("fel-404")) {
                assertNoConsoleErrors(page[0]);
            } else {
                browser.console(); // the 404 itself is logged by the browser as a failed load
            }
        }
        assertEquals("Demodata", browser.driver.findElement(By.id("demo-badge")).getText());
    }

    @Test
    void aFilterChangeUpdatesTheUrlAndTheChart() {
        open("/jamforelse?indikator=cost_per_participant&ar=2023");
        Object before = browser.driver.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('rank-chart')).getOption().series[0].data.map(d => d.value)");
        new Select(browser.driver.findElement(By.id("filter-indikator"))).selectByValue("admin_share");
        waiting().until(ExpectedConditions.urlContains("indikator=admin_share"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Administrationens andel"));
        Object after = browser.driver.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('rank-chart')).getOption().series[0].data.map(d => d.value)");
        assertNotEquals(before, after);
        assertTrue(browser.driver.findElement(By.cssSelector("#table .export a")).getAttribute("href").contains("indikator=admin_share"));

        new Select(browser.driver.findElement(By.id("filter-grupp"))).selectByValue("lan:12");
        waiting().until(ExpectedConditions.urlContains("grupp=lan%3A12"));
        waiting().until(d -> d.findElements(By.cssSelector("#comparison-table tbody tr")).size() == 3);
        browser.driver.navigate().back();
        waiting().until(d -> d.findElements(By.cssSelector("#comparison-table tbody tr")).size() == 6);
        assertNoConsoleErrors("/jamforelse with filters");
    }

    @Test
    void aProvenanceLinkOpensTheSourceLine() throws Exception {
        open("/jamforelse?indikator=admin_share&ar=2023");
        WebElement value = browser.driver.findElement(By.cssSelector("#comparison-table tbody tr td.num a"));
        value.click();
        waiting().until(ExpectedConditions.urlContains("/kalla?"));
        waiting().until(d -> !d.findElements(By.cssSelector(".source-line mark")).isEmpty());
        WebElement mark = browser.driver.findElement(By.cssSelector(".source-line mark"));
        assertTrue(mark.getText().matches("[\\d  −-]+"), mark.getText());
        browser.screenshot("kalla-fran-lank");
        // The line's cells (label, figure) are read with a tab between them: shown as a ruled gap, not glued.
        assertFalse(browser.driver.findElements(By.cssSelector(".source-line .cell-gap")).isEmpty(),
                browser.driver.findElement(By.cssSelector(".source-line")).getText());

        open("/forbund/soderasen");
        browser.driver.findElement(By.cssSelector("#contribution-table tbody tr td.num a")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".source-line mark")).isEmpty());
        assertTrue(browser.driver.findElement(By.cssSelector(".source-line")).getText().contains("kommun"));
        assertNoConsoleErrors("provenance");
    }

    @Test
    void aScriptInADocumentIsShownAsText() {
        open("/forbund/script-alert-1-script");
        assertEquals("<script>alert(1)</script> samordningsförbund", browser.driver.findElement(By.id("title")).getText());
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // inert, as it should be
        }
        open("/jamforelse");
        assertTrue(browser.driver.findElement(By.id("comparison-table")).getText().contains("<script>alert(1)</script>"));
        assertNoConsoleErrors("xss");
    }

    @Test
    void tablesSortFromTheKeyboard() {
        open("/jamforelse?indikator=admin_share&ar=2023");
        WebElement skip = browser.driver.findElement(By.cssSelector("a.skip-link"));
        assertEquals("#main", skip.getAttribute("hash"));
        WebElement header = browser.driver.findElement(By.xpath("//table[@id='comparison-table']//th[2]/button"));
        header.sendKeys(Keys.ENTER);
        WebElement th = browser.driver.findElement(By.xpath("//table[@id='comparison-table']//th[2]"));
        assertEquals("ascending", th.getAttribute("aria-sort"));
        header.sendKeys(Keys.ENTER);
        assertEquals("descending", th.getAttribute("aria-sort"));
    }
}
