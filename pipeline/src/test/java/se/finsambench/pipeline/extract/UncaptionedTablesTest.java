package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.read.TextDocument;

/**
 * A table whose value column has no caption stands for the document's own period. Reports have one; minutes do
 * not: the budget appendix of a November meeting, its "Budget 2022" on a line of its own above the table (as a
 * PDF without borders or a scan gives it), was read as the meeting year's outcome.
 */
class UncaptionedTablesTest {

    private static final List<String> APPENDIX = List.of(
            "Bilaga: Budget Samordningsförbundet Norra Ekbygden 2022",
            "",
            "Budget 2022",
            "Intäkter",
            "Medlemsavgift staten\t1 222 000 kr",
            "Medlemsavgift Region Kronoberg\t611 000 kr",
            "Summa intäkter\t1 833 000 kr",
            "Kansli\t-419 000 kr",
            "Summa kostnader\t-1 900 000 kr",
            "Resultat\t-67 000 kr",
            "Eget kapital 2021-12-31 enligt prognos 2021-08-31\t661 168 kr");

    private static ExtractionResult extract(List<String> head) {
        List<String> lines = new ArrayList<>(head);
        lines.addAll(APPENDIX);
        return ReportExtractor.withDefaults().extract(new TextDocument("test.txt", "txt", lines));
    }

    @Test
    void inMinutesOnlyRowsThatSayWhenAreRead() {
        ExtractionResult r = extract(List.of("Sammanträdesprotokoll nr 2", "", "2021-11-21", "",
                "Samordningsförbundet Norra Ekbygden", "", "§ 25 Budget 2022", "",
                "Styrelsen fastställer budgeten för 2022 enligt bilaga.", ""));
        assertEquals(DocType.MINUTES, r.info().docType());
        assertTrue(r.facts().stream().noneMatch(f -> f.scenario() == Scenario.ACTUAL && f.periodEnd().getYear() == 2021),
                r.facts().toString());
        Fact equity = r.facts().stream().filter(f -> f.concept().equals("equity")).findFirst().orElseThrow();
        assertEquals(Scenario.FORECAST, equity.scenario());
        assertEquals("2021-12-31", equity.periodEnd().toString());
        assertEquals(661_168, equity.value());
    }

    @Test
    void inAnAnnualReportTheColumnIsTheReportsYear() {
        ExtractionResult r = extract(List.of("Årsredovisning 2021", "", "Samordningsförbundet Norra Ekbygden",
                "Organisationsnummer 222000-1234", ""));
        assertEquals(DocType.ANNUAL_REPORT, r.info().docType());
        assertTrue(r.facts().stream().anyMatch(f -> f.concept().equals("costs_total") && f.value() == 1_900_000
                        && f.scenario() == Scenario.ACTUAL && f.periodEnd().toString().equals("2021-12-31")),
                r.facts().toString());
    }
}
