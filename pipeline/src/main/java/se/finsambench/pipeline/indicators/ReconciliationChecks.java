package se.finsambench.pipeline.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;

/**
 * Checks a document's figures against each other, per period and scenario: the income statement
 * adds up, the balance sheet balances, the stated soliditet matches equity ÷ assets, head counts
 * add up, contributions sum to their total and the state pays about half.
 */
public final class ReconciliationChecks {

    private ReconciliationChecks() {
    }

    public static List<CheckResult> run(ExtractionResult result) {
        Map<String, Map<String, Fact>> byPeriod = new HashMap<>();
        for (Fact f : result.facts()) {
            if (f.rank() == 1) {
                byPeriod.computeIfAbsent(f.periodEnd() + "|" + f.scenario().id(), k -> new HashMap<>())
                        .put(f.concept() + "|" + f.member(), f);
            }
        }
        List<CheckResult> out = new ArrayList<>();
        for (String key : new TreeSet<>(byPeriod.keySet())) {
            String[] k = key.split("\\|");
            new PeriodChecks(LocalDate.parse(k[0]), k[1], byPeriod.get(key), out).run();
        }
        return out;
    }

    private record PeriodChecks(LocalDate period, String scenario, Map<String, Fact> facts, List<CheckResult> out) {

        void run() {
            Fact revenue = get("revenue_total");
            Fact costs = get("costs_total");
            Fact result = get("result");
            if (revenue != null && costs != null && result != null) {
                // Financial items are not read separately; half a percent of revenue allows for them.
                compare("result_equals_revenue_minus_costs", revenue.value() - costs.value(), result.value(),
                        tolerance(0.005 * revenue.value(), revenue, costs, result), "intäkter − kostnader = resultat",
                        revenue, costs, result);
            }
            Fact assets = get("total_assets");
            Fact equity = get("equity");
            Fact liabilities = get("current_liabilities");
            if (assets != null && equity != null && liabilities != null) {
                compare("assets_equal_equity_plus_liabilities", equity.value() + liabilities.value(), assets.value(),
                        tolerance(0.005 * assets.value(), assets, equity, liabilities),
                        "tillgångar = eget kapital + kortfristiga skulder", assets, equity, liabilities);
            }
            Fact ratio = get("equity_ratio_reported");
            if (ratio != null && assets != null && equity != null && assets.value() != 0) {
                compare("equity_ratio_recomputed", 100 * equity.value() / assets.value(), ratio.value(),
                        0.5 + ratio.precision(), "soliditet = eget kapital ÷ tillgångar (±0,5 procentenheter)", ratio, equity, assets);
            }
            headCounts();
            contributions();
        }

        private void headCounts() {
            for (Map.Entry<String, Fact> e : facts.entrySet()) {
                if (!e.getKey().startsWith("participants_total|") || e.getValue().origin().isDerived()) {
                    continue;
                }
                String member = e.getKey().substring("participants_total|".length());
                Fact women = facts.get("participants_women|" + member);
                Fact men = facts.get("participants_men|" + member);
                if (women != null && men != null) {
                    compare("women_plus_men_equal_participants" + suffix(member), women.value() + men.value(),
                            e.getValue().value(), 0, "kvinnor + män = deltagare", e.getValue(), women, men);
                }
                Fact exits = facts.get("exits_total|" + member);
                Fact work = facts.get("exits_work|" + member);
                Fact studies = facts.get("exits_studies|" + member);
                if (exits != null && work != null && studies != null) {
                    double reasons = work.value() + studies.value();
                    out.add(new CheckResult("exits_by_reason_within_exits" + suffix(member), period, scenario, exits.value(),
                            reasons, reasons <= exits.value(), "avslut till arbete + studier ≤ alla avslut",
                            List.of("exits_total", "exits_work", "exits_studies")));
                }
            }
        }

        private void contributions() {
            double sum = 0;
            double precision = 0;
            Fact state = null;
            int count = 0;
            for (Map.Entry<String, Fact> e : facts.entrySet()) {
                if (e.getKey().startsWith("contribution|")) {
                    sum += e.getValue().value();
                    precision += e.getValue().precision();
                    count++;
                    state = e.getKey().equals("contribution|state") ? e.getValue() : state;
                }
            }
            Fact total = get("contribution_total");
            if (total != null && count >= 2) {
                compare("contributions_sum_to_total", sum, total.value(), precision + total.precision() + 1,
                        "medlemmarnas bidrag summerar till medlemsbidragen", total);
            }
            // The 50 % rule is for a whole year; half-year reports show the state's instalments.
            if (state != null && count >= 3 && sum > 0 && period.getMonthValue() == 12) {
                compare("state_share_about_half", 50, 100 * state.value() / sum, 2, "staten står för hälften (±2 procentenheter)", state);
            }
        }

        private Fact get(String concept) {
            return facts.get(concept + "|");
        }

        private static String suffix(String member) {
            return member.isEmpty() ? "" : ":" + member;
        }

        private static double tolerance(double relative, Fact... inputs) {
            double precision = 0;
            for (Fact f : inputs) {
                precision += f.precision();
            }
            return Math.max(Math.abs(relative), precision) + 1e-6;
        }

        private void compare(String id, double expected, double actual, double tolerance, String description, Fact... inputs) {
            List<String> concepts = new ArrayList<>();
            Set<Integer> seen = new java.util.HashSet<>();
            for (Fact f : inputs) {
                if (seen.add(System.identityHashCode(f))) {
                    concepts.add(f.concept());
                }
            }
            out.add(new CheckResult(id, period, scenario, expected, actual, Math.abs(expected - actual) <= tolerance,
                    description, concepts));
        }
    }
}
