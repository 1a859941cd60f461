package se.finsambench.pipeline.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {

    private static final LocalDate END = LocalDate.of(2023, 12, 31);
    private final IndicatorCalculator calculator = new IndicatorCalculator(PopulationReference.bundled());

    private static SourcedFact fact(String concept, String member, double value) {
        return new SourcedFact("doc1", "a", concept, member, END, "actual", value, false);
    }

    private static IndicatorValue find(List<IndicatorValue> values, String id) {
        return values.stream().filter(v -> v.indicatorId().equals(id)).findFirst().orElseThrow();
    }

    private final List<SourcedFact> facts = List.of(
            fact("costs_individual", "", 2_000_000), fact("participants_total", "", 100),
            fact("participants_women", "", 60), fact("exits_total", "", 40), fact("exits_work", "", 8),
            fact("exits_studies", "", 4), fact("equity", "", 900_000), fact("total_assets", "", 1_000_000),
            fact("contribution_total", "", 3_000_000), fact("result", "", -300_000), fact("revenue_total", "", 3_000_000),
            fact("costs_total", "", 3_300_000), fact("costs_admin", "", 660_000),
            fact("nns_indicator", "indicator:9", 58), fact("nns_indicator_national", "indicator:9", 51),
            new SourcedFact("doc1", "a", "costs_total", "", END, "budget", 3_000_000, false));

    @Test
    void eachIndicatorIsItsNumeratorOverItsDenominator() {
        List<IndicatorValue> v = calculator.compute("a", facts, List.of("Bjuv", "Åstorp"), Set.of());
        assertEquals(20_000, find(v, "cost_per_participant").value(), 1e-9);
        assertEquals(30, find(v, "work_or_studies_share").value(), 1e-9);
        assertEquals("derived", find(v, "work_or_studies_share").quality());
        assertEquals(20, find(v, "admin_share").value(), 1e-9);
        assertEquals(90, find(v, "equity_ratio").value(), 1e-9);
        assertEquals(30, find(v, "equity_to_contributions").value(), 1e-9);
        assertEquals(-10, find(v, "result_margin").value(), 1e-9);
        assertEquals(10, find(v, "budget_deviation").value(), 1e-9);
        assertEquals(60, find(v, "women_share").value(), 1e-9);
        assertEquals(7, find(v, "nns_9_vs_national").value(), 1e-9);
        assertEquals("ok", find(v, "equity_ratio").quality());
        assertEquals(List.of("doc1"), find(v, "equity_ratio").docIds());
    }

    @Test
    void perInhabitantFiguresUseTheMembersWorkingAgePopulationAndSaySo() {
        IndicatorValue v = find(calculator.compute("a", facts, List.of("Bjuv", "Åstorp"), Set.of()), "contribution_per_inhabitant");
        // 20–74-year-olds on 31 Dec 2021 in Bjuv and Åstorp (SCB, data/reference).
        assertTrue(v.denominator() > 15_000 && v.denominator() < 25_000, v.toString());
        assertTrue(v.note().contains("20–74") && v.note().contains("2021"), v.note());
    }

    @Test
    void anIndicatorWhoseInputFailedACheckIsFlaggedNotHidden() {
        IndicatorValue v = find(calculator.compute("a", facts, List.of(), Set.of("equity|" + END)), "equity_ratio");
        assertEquals("inconsistent", v.quality());
        assertEquals(90, v.value(), 1e-9);
    }

    @Test
    void aMissingInputGivesNoValue() {
        IndicatorValue v = find(calculator.compute("a", List.of(fact("equity", "", 5)), List.of(), Set.of()), "equity_ratio");
        assertNull(v.value());
        assertEquals("missing_input", v.quality());
    }

    @Test
    void administrationLinesNeverCountAsInsatserInCostPerParticipant() {
        List<SourcedFact> lines = List.of(fact("intervention_cost", "intervention:Lotsen", 600_000),
                fact("participants_total", "intervention:Lotsen", 30),
                fact("intervention_cost", "intervention:Kansli", 900_000), fact("participants_total", "intervention:Kansli", 2));
        IndicatorValue v = find(calculator.compute("a", lines, List.of(), Set.of()), "cost_per_participant");
        assertEquals(20_000, v.value(), 1e-9);
        assertEquals(30, v.denominator(), 1e-9);
    }

    @Test
    void aStatedShareIsUsedWhenNoCountsAreGivenAndSaysSo() {
        List<SourcedFact> stated = List.of(fact("exits_total", "intervention:Hållbar", 109),
                fact("exits_work_or_studies_share_reported", "intervention:Hållbar", 50),
                fact("exits_total", "intervention:ANS", 81), fact("exits_work_or_studies_share_reported", "intervention:ANS", 21));
        IndicatorValue v = find(calculator.compute("a", stated, List.of(), Set.of()), "work_or_studies_share");
        assertNotNull(v.value(), "the stated shares give the share: " + v);
        assertEquals(100 * (109 * 0.50 + 81 * 0.21) / 190, v.value(), 1e-9);
        assertEquals("derived", v.quality());
        assertTrue(v.note().contains("angivna andelar"), v.note());
        IndicatorValue counted = find(calculator.compute("a", facts, List.of(), Set.of()), "work_or_studies_share");
        assertEquals(30, counted.value(), 1e-9);
        assertEquals("", counted.note());
    }
}
