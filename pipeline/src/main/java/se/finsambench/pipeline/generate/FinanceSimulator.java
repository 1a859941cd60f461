package se.finsambench.pipeline.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plays an association's economy forward year by year. The state pays half, the region a quarter
 * and the municipalities a quarter split by working-age population; totals scale with population.
 * The board budgets a deficit when equity is above about 20 % of the contributions, and outcomes
 * land beside the budget, not on it.
 */
final class FinanceSimulator {

    private FinanceSimulator() {
    }

    /** Years {@code from − 5} to {@code to + 1}: history for five-year overviews, next year's budget for minutes. */
    static Map<Integer, YearFinance> simulate(Association a, int from, int to, Random random, NnsNational national) {
        Map<Integer, YearFinance> out = new LinkedHashMap<>();
        // Per inhabitant the money falls with size: the largest cities' associations get tens of Mkr, not hundreds.
        int people = a.workingAge();
        double size = (450_000 + 45.0 * Math.min(people, 150_000) + 12.0 * Math.max(0, people - 150_000))
                * (0.85 + random.nextDouble() * 0.3);
        long equity = Math.round(size * 2 * (0.1 + random.nextDouble() * 0.45));
        boolean grants = random.nextDouble() < 0.3;
        for (int year = from - 5; year <= to + 1; year++) {
            size *= 0.99 + random.nextDouble() * 0.05;
            YearFinance y = year(a, year, Math.round(size / 1000) * 1000, equity, grants && random.nextDouble() < 0.6,
                    random, national.drawOwn(random, Math.max(from, Math.min(to, year))));
            out.put(year, y);
            equity = y.equity();
        }
        return out;
    }

    private static YearFinance year(Association a, int year, long state, long equityOpening, boolean grant, Random random,
                                    Map<Integer, Integer> nns) {
        long region = state / 2;
        Map<String, Long> municipalities = splitByPopulation(a.municipalities(), state - region);
        long contributions = state + region + municipalities.values().stream().mapToLong(Long::longValue).sum();
        long otherGrants = grant ? 1000L * (80 + random.nextInt(700)) + random.nextInt(1000) : 0;
        long revenue = contributions + otherGrants;

        // Spend down equity above the recommended fifth of the contributions, slowly.
        double excess = equityOpening - 0.2 * contributions;
        double plannedCosts = revenue + excess * (0.25 + random.nextDouble() * 0.4) + contributions * (random.nextDouble() * 0.06 - 0.03);
        Map<String, Long> budget = budgetLines(a, year, plannedCosts, random);
        Map<String, Long> costs = new LinkedHashMap<>();
        budget.forEach((line, b) -> costs.put(line, Math.max(0, Math.round(b * (0.88 + random.nextDouble() * 0.2)) + random.nextInt(1000))));
        long individual = 0;
        long structural = 0;
        for (Insats i : a.insatser()) {
            if (costs.containsKey(i.name())) {
                if (i.individual()) {
                    individual += costs.get(i.name());
                } else {
                    structural += costs.get(i.name());
                }
            }
        }
        long admin = costs.get(YearFinance.KANSLI) + costs.get(YearFinance.STYRELSE);
        long totalCosts = individual + structural + admin;
        long result = revenue - totalCosts;
        long equity = equityOpening + result;
        long liabilities = Math.round(totalCosts * (0.04 + random.nextDouble() * 0.12));
        long receivables = Math.round(revenue * (0.01 + random.nextDouble() * 0.07));
        long cash = equity + liabilities - receivables;
        if (cash < 50_000) {
            liabilities += 50_000 - cash + random.nextInt(200_000);
            cash = equity + liabilities - receivables;
        }
        long budgetCosts = budget.values().stream().mapToLong(Long::longValue).sum();
        long budgetRevenue = contributions;
        Map<String, Participants> participants = new LinkedHashMap<>();
        for (Insats i : a.insatser()) {
            if (i.individual() && costs.containsKey(i.name())) {
                participants.put(i.name(), participants(costs.get(i.name()), i, random));
            }
        }
        YearFinance draft = new YearFinance(year, state, region, municipalities, otherGrants, costs, individual, structural,
                admin, revenue, totalCosts, result, equityOpening, equity, receivables, cash, liabilities, budget,
                budgetRevenue, budgetCosts, budgetRevenue - budgetCosts, participants, 4 + random.nextInt(6), nns, null);
        return withInterim(draft, a.style().interimMonths(), random);
    }

    private static Map<String, Long> splitByPopulation(List<MemberMunicipality> members, long quarter) {
        Map<String, Long> out = new LinkedHashMap<>();
        long population = members.stream().mapToLong(MemberMunicipality::workingAge).sum();
        long given = 0;
        for (int i = 0; i < members.size(); i++) {
            long share = i == members.size() - 1 ? quarter - given
                    : Math.round(quarter * (double) members.get(i).workingAge() / population / 100) * 100;
            out.put(members.get(i).name(), share);
            given += share;
        }
        return out;
    }

    /** Budget per line in whole thousands: the active insatser by weight, then kansli and styrelse. */
    private static Map<String, Long> budgetLines(Association a, int year, double planned, Random random) {
        List<Insats> active = new ArrayList<>(a.insatser().stream().filter(i -> i.activeIn(year)).toList());
        double adminShare = 0.15 + random.nextDouble() * 0.1;
        double boardShare = 0.02 + random.nextDouble() * 0.02;
        double forInsatser = planned * (1 - adminShare - boardShare);
        double weights = active.stream().mapToDouble(Insats::weight).sum();
        Map<String, Long> out = new LinkedHashMap<>();
        for (Insats i : active) {
            out.put(i.name(), Math.round(forInsatser * i.weight() / weights / 1000) * 1000);
        }
        out.put(YearFinance.KANSLI, Math.round(planned * adminShare / 1000) * 1000);
        out.put(YearFinance.STYRELSE, Math.round(planned * boardShare / 1000) * 1000);
        return out;
    }

    private static Participants participants(long cost, Insats insats, Random random) {
        int total = Math.max(4, (int) Math.round(cost / (double) insats.costPerParticipant()));
        int women = (int) Math.round(total * (0.42 + random.nextDouble() * 0.3));
        int exits = (int) Math.round(total * (0.3 + random.nextDouble() * 0.3));
        int work = (int) Math.round(exits * (0.1 + random.nextDouble() * 0.25));
        int studies = Math.min(exits - work, (int) Math.round(exits * (0.03 + random.nextDouble() * 0.17)));
        return new Participants(women, total - women, exits, work, studies);
    }

    private static YearFinance withInterim(YearFinance y, int months, Random random) {
        long statePaid = Math.round(y.state() * (months == 6 ? 0.5 : 2 / 3.0) / 1000) * 1000;
        long revenue = statePaid + y.region() + y.municipalities().values().stream().mapToLong(Long::longValue).sum()
                + (y.otherGrants() > 0 ? Math.round(y.otherGrants() * 0.4) : 0);
        Map<String, Long> lines = new LinkedHashMap<>();
        Map<String, Long> forecast = new LinkedHashMap<>();
        y.lineCosts().forEach((line, full) -> {
            lines.put(line, Math.round(full * months / 12.0 * (0.8 + random.nextDouble() * 0.35)));
            forecast.put(line, Math.round(full * (0.95 + random.nextDouble() * 0.1) / 1000) * 1000);
        });
        long costs = lines.values().stream().mapToLong(Long::longValue).sum();
        long result = revenue - costs;
        long equity = y.equityOpening() + result;
        long liabilities = Math.round(costs * (0.05 + random.nextDouble() * 0.15));
        long receivables = Math.round(revenue * (0.005 + random.nextDouble() * 0.03));
        long cash = equity + liabilities - receivables;
        if (cash < 50_000) {
            liabilities += 50_000 - cash;
            cash = equity + liabilities - receivables;
        }
        long forecastCosts = forecast.values().stream().mapToLong(Long::longValue).sum();
        long forecastRevenue = y.contributionTotal() + Math.round(y.otherGrants() / 1000.0) * 1000;
        Map<String, Participants> participants = new LinkedHashMap<>();
        double share = months / 12.0 + 0.1;
        y.participants().forEach((name, p) -> {
            int women = Math.max(1, (int) Math.round(p.women() * share * (0.85 + random.nextDouble() * 0.3)));
            int men = Math.max(1, (int) Math.round(p.men() * share * (0.85 + random.nextDouble() * 0.3)));
            int exits = (int) Math.round((women + men) * (0.2 + random.nextDouble() * 0.3));
            int work = (int) Math.round(exits * random.nextDouble() * 0.3);
            int studies = Math.min(exits - work, (int) Math.round(exits * random.nextDouble() * 0.15));
            participants.put(name, new Participants(women, men, exits, work, studies));
        });
        InterimFinance interim = new InterimFinance(months, statePaid, revenue, lines, costs, result, receivables, cash,
                liabilities, equity, forecast, forecastRevenue, forecastCosts, forecastRevenue - forecastCosts, participants);
        return new YearFinance(y.year(), y.state(), y.region(), y.municipalities(), y.otherGrants(), y.lineCosts(),
                y.costsIndividual(), y.costsStructural(), y.costsAdmin(), y.revenue(), y.costs(), y.result(),
                y.equityOpening(), y.equity(), y.receivables(), y.cash(), y.liabilities(), y.lineBudget(), y.budgetRevenue(),
                y.budgetCosts(), y.budgetResult(), y.participants(), y.boardMeetings(), y.nns(), interim);
    }
}
