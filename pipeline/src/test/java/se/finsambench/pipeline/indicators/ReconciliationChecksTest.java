package se.finsambench.pipeline.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.TextDocument;

class ReconciliationChecksTest {

    private static ExtractionResult extract(List<String> lines) {
        return ReportExtractor.withDefaults().extract(new TextDocument("t.txt", "txt", lines));
    }

    @Test
    void aRealAnnualReportPassesItsOwnArithmetic() throws IOException {
        Path seed = Path.of(System.getProperty("finsam.shared", "../../shared"), "corpus/seeds/000_c34c0b303fa1ddf6.txt");
        List<CheckResult> checks = ReconciliationChecks.run(extract(Files.readAllLines(seed)));
        CheckResult income = checks.stream().filter(c -> c.checkId().equals("result_equals_revenue_minus_costs")
                && c.periodEnd().toString().equals("2023-12-31") && c.scenario().equals("actual")).findFirst().orElseThrow();
        assertTrue(income.passed(), income.toString());
        assertTrue(checks.stream().filter(c -> c.checkId().equals("equity_ratio_recomputed")).allMatch(CheckResult::passed));
        assertTrue(checks.stream().filter(c -> c.checkId().equals("state_share_about_half")).allMatch(CheckResult::passed));
    }

    @Test
    void aHalfYearResultThatDoesNotAddUpFailsWithBothSidesRecorded() {
        List<CheckResult> checks = ReconciliationChecks.run(extract(List.of(
                "Delårsrapport för Samordningsförbundet Norra Ekbygden första halvåret 2024", "",
                "Resultaträkning per 2024-06-30", "",
                "\tUtfall 2024-06-30",
                "Summa intäkter\t5 000 000",
                "Summa kostnader\t3 000 000",
                "Periodens resultat\t1 000 000")));
        CheckResult c = checks.stream().filter(x -> x.checkId().equals("result_equals_revenue_minus_costs")).findFirst().orElseThrow();
        assertFalse(c.passed());
        assertEquals(2_000_000, c.expected());
        assertEquals(1_000_000, c.actual());
        assertTrue(c.inputs().containsAll(List.of("revenue_total", "costs_total", "result")));
    }
}
