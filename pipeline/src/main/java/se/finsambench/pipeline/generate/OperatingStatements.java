package se.finsambench.pipeline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** Driftredovisning: outcome per cost line against the budget and last year. */
final class OperatingStatements {

    private OperatingStatements() {
    }

    /**
     * The two-line header with merged cells: "Utfall Y" over Intäkt/Kostnad/Netto, then Budget,
     * Avvikelse and last year's Netto. With {@code printsKronor} the figures are kronor; with
     * {@code declaredTkr} the table nevertheless says "Belopp tkr" (a flaw seen in a seed).
     */
    static void splitHeader(DocumentDraft d, ReportContext c, boolean printsKronor, boolean declaredTkr) {
        String layout = !printsKronor ? "operating_statement_split_header"
                : declaredTkr ? "operating_statement_tkr_prints_kr" : "operating_statement_split_header_kr";
        String flaw = printsKronor && declaredTkr ? "driftredovisningen anger tkr men visar kronor" : "";
        if (!flaw.isEmpty()) {
            d.flaw(flaw);
        }
        LongFunction<String> fmt = v -> printsKronor ? c.kr(v) : c.tkr(v);
        YearFinance now = c.now();
        YearFinance prev = c.before();
        int y = c.year();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {declaredTkr || !printsKronor ? "Belopp tkr" : "Belopp kr", "Utfall " + y, "", "", "Budget " + y,
                "Avvikelse " + y, "Utfall " + (y - 1)});
        rows.add(new String[] {"", "Intäkt", "Kostnad", "Netto", "Netto", "Utfall-Budget netto", "Netto"});
        for (String line : now.lineCosts().keySet()) {
            long cost = now.lineCosts().get(line);
            long budget = now.lineBudget().get(line);
            long before = prev.lineCosts().getOrDefault(line, 0L);
            rows.add(new String[] {line, "", fmt.apply(-cost), fmt.apply(-cost), fmt.apply(-budget), fmt.apply(budget - cost),
                    fmt.apply(-before)});
            cost(d, printsKronor, "intervention_cost", "intervention:" + line, y, "actual", cost, layout, flaw);
            cost(d, printsKronor, "intervention_cost", "intervention:" + line, y, "budget", budget, layout, flaw);
            cost(d, printsKronor, "intervention_cost", "intervention:" + line, y - 1, "actual", before, layout, flaw);
        }
        rows.add(new String[] {"Intäkter", fmt.apply(now.revenue()), "", fmt.apply(now.revenue()), fmt.apply(now.budgetRevenue()),
                fmt.apply(now.revenue() - now.budgetRevenue()), fmt.apply(prev.revenue())});
        rows.add(new String[] {"Kostnader", "", fmt.apply(-now.costs()), fmt.apply(-now.costs()), fmt.apply(-now.budgetCosts()),
                fmt.apply(now.budgetCosts() - now.costs()), fmt.apply(-prev.costs())});
        rows.add(new String[] {"Resultat", "", "", fmt.apply(now.result()), fmt.apply(now.budgetResult()),
                fmt.apply(now.result() - now.budgetResult()), fmt.apply(prev.result())});
        rows.add(new String[] {"Utgående eget kapital", "", "", fmt.apply(now.equity()), "", "", fmt.apply(prev.equity())});
        TableText.write(d, false, rows);
        d.blank();
        for (String[] t : new String[][] {{"revenue_total"}, {"costs_total"}, {"result"}}) {
            String concept = t[0];
            cost(d, printsKronor, concept, "", y, "actual", pick(concept, now, false), layout, flaw);
            cost(d, printsKronor, concept, "", y, "budget", pick(concept, now, true), layout, flaw);
            cost(d, printsKronor, concept, "", y - 1, "actual", pick(concept, prev, false), layout, flaw);
        }
        cost(d, printsKronor, "equity", "", y, "actual", now.equity(), layout, flaw);
        cost(d, printsKronor, "equity", "", y - 1, "actual", prev.equity(), layout, flaw);
    }

    private static long pick(String concept, YearFinance f, boolean budget) {
        return switch (concept) {
            case "revenue_total" -> budget ? f.budgetRevenue() : f.revenue();
            case "costs_total" -> budget ? f.budgetCosts() : f.costs();
            default -> budget ? f.budgetResult() : f.result();
        };
    }

    /** Budget, outcome, deviation and last year per line, grouped into insatser and kansli (the tkr family). */
    static void budgetColumns(DocumentDraft d, ReportContext c) {
        String layout = "operating_statement_budget_columns";
        YearFinance now = c.now();
        YearFinance prev = c.before();
        int y = c.year();
        d.para("Sammanställning av utfall och budget " + y + ". Belopp i tkr.");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Insatser", "Budget " + y, "Utfall " + y, "Avvikelse " + y, "Utfall " + (y - 1)});
        long[] sums = new long[3];
        for (boolean individual : new boolean[] {true, false}) {
            rows.add(new String[] {individual ? "Individinriktade insatser" : "Strukturella insatser", "", "", "", ""});
            for (String line : now.insatsCosts().keySet()) {
                Insats i = c.insats(line);
                if (i.individual() != individual) {
                    continue;
                }
                long b = now.lineBudget().get(line);
                long a = now.lineCosts().get(line);
                long p = prev.lineCosts().getOrDefault(line, 0L);
                rows.add(new String[] {line, c.tkr(b), c.tkr(a), c.tkr(b - a), c.tkr(p)});
                sums[0] += b;
                sums[1] += a;
                sums[2] += p;
                d.tkr("intervention_cost", "intervention:" + line, y, ReportContext.yearEnd(y), "budget", b, Place.OVERVIEW, layout);
                d.tkr("intervention_cost", "intervention:" + line, y, ReportContext.yearEnd(y), "actual", a, Place.OVERVIEW, layout);
                d.tkr("intervention_cost", "intervention:" + line, y - 1, ReportContext.yearEnd(y - 1), "actual", p, Place.OVERVIEW, layout);
            }
        }
        rows.add(new String[] {"Summa insatser", c.tkr(sums[0]), c.tkr(sums[1]), c.tkr(sums[0] - sums[1]), c.tkr(sums[2])});
        String[][] admin = {{YearFinance.KANSLI, "Kansli"}, {YearFinance.STYRELSE, "Styrelse och arvode"}};
        for (String[] a : admin) {
            long b = now.lineBudget().get(a[0]);
            long o = now.lineCosts().get(a[0]);
            long p = prev.lineCosts().get(a[0]);
            rows.add(new String[] {a[1], c.tkr(b), c.tkr(o), c.tkr(b - o), c.tkr(p)});
            d.tkr("intervention_cost", "intervention:" + a[1], y, ReportContext.yearEnd(y), "budget", b, Place.OVERVIEW, layout);
            d.tkr("intervention_cost", "intervention:" + a[1], y, ReportContext.yearEnd(y), "actual", o, Place.OVERVIEW, layout);
            d.tkr("intervention_cost", "intervention:" + a[1], y - 1, ReportContext.yearEnd(y - 1), "actual", p, Place.OVERVIEW, layout);
        }
        long adminBudget = now.lineBudget().get(YearFinance.KANSLI) + now.lineBudget().get(YearFinance.STYRELSE);
        rows.add(new String[] {"Summa kansli och styrelse", c.tkr(adminBudget), c.tkr(now.costsAdmin()),
                c.tkr(adminBudget - now.costsAdmin()), c.tkr(prev.costsAdmin())});
        d.tkr("costs_admin", "", y, ReportContext.yearEnd(y), "budget", adminBudget, Place.OVERVIEW, layout);
        d.tkr("costs_admin", "", y, ReportContext.yearEnd(y), "actual", now.costsAdmin(), Place.OVERVIEW, layout);
        d.tkr("costs_admin", "", y - 1, ReportContext.yearEnd(y - 1), "actual", prev.costsAdmin(), Place.OVERVIEW, layout);
        rows.add(new String[] {"Medlemsavgift", c.tkr(now.budgetRevenue()), c.tkr(now.contributionTotal()),
                c.tkr(now.contributionTotal() - now.budgetRevenue()), c.tkr(prev.contributionTotal())});
        d.tkr("contribution_total", "", y, ReportContext.yearEnd(y), "budget", now.budgetRevenue(), Place.OVERVIEW, layout);
        d.tkr("contribution_total", "", y, ReportContext.yearEnd(y), "actual", now.contributionTotal(), Place.OVERVIEW, layout);
        d.tkr("contribution_total", "", y - 1, ReportContext.yearEnd(y - 1), "actual", prev.contributionTotal(), Place.OVERVIEW, layout);
        if (now.otherGrants() > 0 || prev.otherGrants() > 0) {
            rows.add(new String[] {"Övriga bidrag", "0", c.tkr(now.otherGrants()), c.tkr(now.otherGrants()), c.tkr(prev.otherGrants())});
            d.tkr("other_grants", "", y, ReportContext.yearEnd(y), "actual", now.otherGrants(), Place.OVERVIEW, layout);
            d.tkr("other_grants", "", y - 1, ReportContext.yearEnd(y - 1), "actual", prev.otherGrants(), Place.OVERVIEW, layout);
        }
        rows.add(new String[] {"Resultat", c.tkr(now.budgetResult()), c.tkr(now.result()),
                c.tkr(now.result() - now.budgetResult()), c.tkr(prev.result())});
        d.tkr("result", "", y, ReportContext.yearEnd(y), "budget", now.budgetResult(), Place.OVERVIEW, layout);
        d.tkr("result", "", y, ReportContext.yearEnd(y), "actual", now.result(), Place.OVERVIEW, layout);
        d.tkr("result", "", y - 1, ReportContext.yearEnd(y - 1), "actual", prev.result(), Place.OVERVIEW, layout);
        TableText.write(d, false, rows);
        d.blank();
    }

    private static void cost(DocumentDraft d, boolean kronor, String concept, String member, int year, String scenario,
                             long value, String layout, String flaw) {
        LocalDate end = ReportContext.yearEnd(year);
        if (!flaw.isEmpty()) {
            d.flawed(new Statement(concept, member, year, end, scenario, value, 0, 0.5, Place.OVERVIEW, layout, flaw));
        } else if (kronor) {
            d.kr(concept, member, year, end, scenario, value, Place.OVERVIEW, layout);
        } else {
            d.tkr(concept, member, year, end, scenario, value, Place.OVERVIEW, layout);
        }
    }
}
