package se.finsambench.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.extract.DocType;
import se.finsambench.pipeline.extract.DocumentInfo;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.IdentitySource;
import se.finsambench.pipeline.extract.Origin;
import se.finsambench.pipeline.extract.Scenario;
import se.finsambench.pipeline.extract.SectionKind;
import se.finsambench.pipeline.extract.Unit;

/** Formatting of hand-made facts, independent of what the extractor finds today. */
class FactRowWriterTest {

    private static final DocumentInfo INFO = new DocumentInfo(DocType.ANNUAL_REPORT, "vastra-ekdalen",
            "Samordningsförbundet Västra Ekdalen", "222000-0000", 2023, LocalDate.of(2023, 12, 31),
            null, null, null, false, IdentitySource.TEXT);
    private static final Fact REVENUE = new Fact("revenue_total", "", 2023, LocalDate.of(2023, 12, 31),
            Scenario.ACTUAL, 3_055_998.0, Unit.SEK, 42, "Verksamhetens intäkter\t2\t3 055 998\t3 076 034",
            0.95, 0.5, Origin.table(SectionKind.INCOME_STATEMENT), 1);
    private static final Fact SOLIDITET = new Fact("equity_ratio_reported", "", 2023, null,
            Scenario.ACTUAL, 90.9, Unit.PCT, 7, "Soliditet " + "mycket lång text ".repeat(10), 1.0, 0.05, Origin.PROSE, 2);
    private static final ExtractionResult RESULT =
            new ExtractionResult(INFO, List.of(REVENUE, SOLIDITET), List.of(), List.of(), List.of("odd table"));

    @Test
    void integralMoneyPrintsWithoutTrailingPointZero() {
        String csv = write(OutputFormat.csv);

        assertTrue(csv.contains(",3055998,SEK,"), csv);
        assertTrue(csv.contains(",90.9,pct,"), csv);
    }

    @Test
    void csvQuotesTextAndLeavesNullsEmpty() {
        List<String> lines = write(OutputFormat.csv).lines().toList();

        assertEquals(3, lines.size());
        assertTrue(lines.get(2).contains(",2023,,actual,"), "unknown period_end is empty: " + lines.get(2));
    }

    @Test
    void jsonKeepsNumbersAsNumbersAndNullsAsNull() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(write(OutputFormat.json));

        assertEquals(2, rows.size());
        assertEquals(3_055_998L, rows.get(0).get("value").asLong());
        assertTrue(rows.get(0).get("value").isIntegralNumber());
        assertEquals("2023-12-31", rows.get(0).get("period_end").asText());
        assertTrue(rows.get(1).get("period_end").isNull());
        assertEquals(2, rows.get(1).get("rank").asInt());
    }

    @Test
    void tableShowsDocumentLineProblemsAndCutsLongSourceText() {
        List<String> lines = write(OutputFormat.table).lines().toList();

        assertEquals("== r.txt (annual_report, Samordningsförbundet Västra Ekdalen, 2023) — 2 facts", lines.get(0));
        assertEquals("   problems: odd table", lines.get(1));
        assertTrue(lines.get(2).contains("concept"), lines.get(2));
        assertTrue(lines.get(4).endsWith("…"), lines.get(4));
        assertTrue(lines.get(4).length() < 200, "long text is cut: " + lines.get(4));
        assertEquals(lines.get(2).indexOf("source_text"), lines.get(3).indexOf("Verksamhetens"), "columns align");
    }

    private static String write(OutputFormat format) {
        StringWriter text = new StringWriter();
        try (FactRowWriter writer = new FactRowWriter(format, new PrintWriter(text))) {
            writer.writeDocument("r.txt", RESULT, RESULT.facts());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return text.toString();
    }
}
