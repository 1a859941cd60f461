package se.finsambench.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;
import se.finsambench.webapp.sql.SqlLimits;

/**
 * The SQL page in headless Chromium: run a query, chart it, download its CSV, save it and open it again from
 * its shared URL; a refused query keeps its SQL in the editor. Screenshots in webapp/target/screenshots/.
 */
class SqlPageInBrowserTest {

    static Path dir;
    static Lake lake;
    static Javalin app;
    static Browser browser;
    static String base;
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        dir = Files.createTempDirectory("finsam-sql-browser-");
        lake = Lake.open(LakeFixture.build(dir.resolve("lake")), new LakeSettings("512MB", 1, Duration.ofSeconds(1)));
        app = WebApp.create(lake, new WebOptions(Optional.empty(), Optional.empty(), Optional.empty(), SqlLimits.defaults()))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser = new Browser();
        downloads = Files.createDirectories(dir.resolve("nedladdat"));
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
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

    private void open(String path) {
        browser.driver.get(base + path);
        waiting().until(d -> d.findElements(By.cssSelector(".loading")).isEmpty());
        waiting().until(d -> !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
    }

    private void type(String sql) {
        browser.driver.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", sql);
    }

    private String editorText() {
        return (String) browser.driver.executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
    }

    private void runAndWait() {
        String before = browser.driver.findElement(By.id("sql-status")).getText();
        browser.driver.findElement(By.id("run")).click();
        waiting().until(d -> {
            String now = d.findElement(By.id("sql-status")).getText();
            return (!now.equals(before) || before.isEmpty()) && !now.startsWith("Kör") && (now.contains("ms")
                    || d.findElement(By.id("sql-error")).isDisplayed());
        });
    }

    private void assertNoConsoleErrors(String what) {
        List<LogEntry> severe = browser.console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(e -> !e.getMessage().contains("/api/sql") || !e.getMessage().contains("403"))
                .toList();
        assertTrue(severe.isEmpty(), what + ": " + severe);
    }

    @Test
    void theDefaultChartPutsTheYearAlongTheXAxisAndTheAmountUp() {
        open("/sql");
        // A count before the year: the year is still the category, never a value up the y axis.
        type("SELECT count(*) AS dokument, fiscal_year FROM documents WHERE fiscal_year IS NOT NULL GROUP BY fiscal_year ORDER BY fiscal_year");
        runAndWait();
        assertEquals("fiscal_year (INTEGER)", new Select(browser.driver.findElement(By.id("chart-x"))).getFirstSelectedOption().getText());
        assertEquals("dokument (BIGINT)", new Select(browser.driver.findElement(By.id("chart-y"))).getFirstSelectedOption().getText());
    }

    @Test
    void aQueryRunsIsChartedDownloadedSavedAndReopened() throws Exception {
        browser.console();
        open("/sql");
        assertFalse(browser.driver.findElements(By.cssSelector(".CodeMirror .cm-keyword")).isEmpty(), "SQL is highlighted");
        assertTrue(browser.driver.findElement(By.id("schema")).getText().contains("nns_indicators"));
        type("SELECT name AS forbund, doc_count AS dokument, 1234567.5 AS belopp FROM associations ORDER BY doc_count DESC, name");
        runAndWait();
        List<?> rows = browser.driver.findElements(By.cssSelector("#result-table tbody tr"));
        assertTrue(rows.size() >= 6, "rows: " + rows.size());
        assertTrue(browser.driver.findElement(By.cssSelector("#result-table tbody tr td:nth-child(3)")).getText()
                .matches("1\\s234\\s567,5"), "Swedish number format");

        new Select(browser.driver.findElement(By.id("chart-type"))).selectByValue("bar");
        new Select(browser.driver.findElement(By.id("chart-y"))).selectByVisibleText("dokument (BIGINT)");
        browser.driver.findElement(By.id("chart-draw")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#sql-chart canvas")).isEmpty());
        Object bars = browser.driver.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('sql-chart')).getOption().series[0].data.length");
        assertEquals((long) rows.size(), ((Number) bars).longValue());
        browser.screenshot("sql");

        browser.driver.findElement(By.id("download-csv")).click();
        Path csv = downloads.resolve("resultat.csv");
        waiting().until(d -> Files.exists(csv));
        waiting().until(d -> {
            try {
                return Files.readString(csv, StandardCharsets.UTF_8).lines().count() == rows.size() + 1;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("forbund,dokument,belopp\n"));

        browser.driver.findElement(By.id("query-name")).sendKeys("Dokument per förbund");
        browser.driver.findElement(By.id("save")).click();
        waiting().until(ExpectedConditions.urlContains("/sql?q="));
        String shared = browser.driver.getCurrentUrl();
        String sql = editorText();

        browser.driver.get(base + "/forbund");
        open(shared.substring(base.length()));
        waiting().until(d -> d.findElements(By.cssSelector("#result-table tbody tr")).size() == rows.size());
        assertEquals(sql, editorText());
        assertEquals("Dokument per förbund", browser.driver.findElement(By.id("query-name")).getAttribute("value"));
        assertTrue(new Select(browser.driver.findElement(By.id("saved"))).getFirstSelectedOption().getText()
                .startsWith("Dokument per förbund"));
        assertNoConsoleErrors("/sql");
    }

    @Test
    void aRefusedQueryKeepsItsSqlAndSaysWhy() throws Exception {
        open("/sql");
        String hostile = "COPY facts TO '/tmp/finsam-browser.csv'";
        type(hostile);
        runAndWait();
        assertTrue(browser.driver.findElement(By.id("sql-error")).getText().contains("Bara läsande frågor"));
        assertEquals(hostile, editorText());
        type("SELECT * FROM range(5000)");
        runAndWait();
        assertTrue(browser.driver.findElement(By.id("truncated")).isDisplayed(), "the truncated flag is visible");
        assertFalse(browser.driver.findElement(By.id("sql-error")).isDisplayed());
        browser.driver.findElement(By.id("page-next")).click();
        assertEquals("50", browser.driver.findElement(By.cssSelector("#result-table tbody tr td")).getText());
        browser.screenshot("sql-trunkerad");
    }
}
