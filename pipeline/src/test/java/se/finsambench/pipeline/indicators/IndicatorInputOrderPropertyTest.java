package se.finsambench.pipeline.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * An association's indicators are a function of its facts, not of the order Spark delivers them in: sums of
 * doubles such as 0.1 + 0.2 + 0.3 differ in the last bit by order, and a cluster ingest gave other last digits
 * than local[2] before the calculator sorted its input.
 */
class IndicatorInputOrderPropertyTest {

    private static final IndicatorCalculator CALCULATOR = new IndicatorCalculator(PopulationReference.bundled());
    private static final List<String> MEMBERS = List.of("Bjuv", "Åstorp", "Klippan");

    @Property(tries = 200)
    void anyOrderOfTheSameFactsGivesTheSameIndicators(@ForAll long seed) {
        List<SourcedFact> facts = facts(new Random(seed));
        List<IndicatorValue> expected = CALCULATOR.compute("a", facts, MEMBERS, Set.of());
        List<SourcedFact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
        assertEquals(expected, CALCULATOR.compute("a", shuffled, MEMBERS, Set.of()));
    }

    /** Two years of an association's facts from three documents, with amounts that have öre. */
    private static List<SourcedFact> facts(Random r) {
        List<SourcedFact> out = new ArrayList<>();
        for (int year = 2022; year <= 2023; year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            String doc = "doc" + year;
            // Insatser with their own cost and participants, from three documents, and administration lines: the
            // derived cost per participant and admin share add them up (used when the totals are not given).
            for (int i = 0; i < 2 + r.nextInt(8); i++) {
                String insats = "intervention:Insats " + i;
                out.add(fact(doc + (i % 3), "intervention_cost", insats, end, money(r)));
                out.add(fact(doc + ((i + 1) % 3), "participants_total", insats, end, 5 + r.nextInt(60)));
            }
            out.add(fact(doc + "k", "intervention_cost", "intervention:Kansli", end, money(r)));
            out.add(fact(doc + "s", "intervention_cost", "intervention:Styrelse", end, money(r)));
            for (String m : MEMBERS) {
                out.add(fact(doc, "contribution", "municipality:" + m, end, money(r)));
            }
            out.add(fact(doc, "contribution", "party:region", end, money(r)));
            out.add(fact(doc, "contribution", "party:state", end, money(r)));
            for (String c : List.of("costs_total", "revenue_total", "result", "equity", "total_assets", "contribution_total")) {
                out.add(fact(doc, c, "", end, money(r)));
            }
            if (r.nextBoolean()) {
                out.add(fact(doc, "costs_individual", "", end, money(r)));
                out.add(fact(doc, "costs_admin", "", end, money(r)));
                out.add(fact(doc, "participants_total", "", end, 50 + r.nextInt(300)));
            }
            out.add(fact(doc, "exits_total", "", end, 10 + r.nextInt(40)));
            out.add(fact(doc, "exits_work", "", end, r.nextInt(10)));
            out.add(fact(doc, "exits_studies", "", end, r.nextInt(10)));
        }
        return out;
    }

    private static double money(Random r) {
        return Math.round((10_000 + r.nextDouble() * 5_000_000) * 100) / 100.0 + 0.1;
    }

    private static SourcedFact fact(String doc, String concept, String member, LocalDate end, double value) {
        return new SourcedFact(doc, "a", concept, member, end, "actual", value, false);
    }
}
