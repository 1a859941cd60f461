package se.finsambench.pipeline.generate;

import java.util.ArrayList;
import java.util.List;

/** The overviews at the front of an annual report: five years in tkr or kr, contributions, cost categories. */
final class OverviewTables {

    private OverviewTables() {
    }

    /** "(Alla redovisade belopp i tkr)" then År / intäkter / kostnader / resultat / soliditet / anställda. */
    static void fiveYearTkr(DocumentDraft d, ReportContext c) {
        boolean spaced = c.association().style().spacedTables();
        String layout = spaced ? "five_year_tkr_spaces" : "five_year_tkr";
        d.para("(Alla redovisade belopp i tkr)");
        List<String[]> rows = new ArrayList<>();
        rows.add(cells("År", c, y -> Integer.toString(y)));
        rows.add(cells("Verksamhetens intäkter", c, y -> c.tkr(c.of(y).revenue())));
        rows.add(cells("Verksamhetens kostnader", c, y -> c.tkr(c.of(y).costs())));
        rows.add(cells("Årets resultat", c, y -> c.tkr(c.of(y).result())));
        rows.add(cells("Soliditet", c, y -> SwedishFormat.percent(c.of(y).equityRatio(), c.association().style().percentStyle())));
        rows.add(cells("Antal anställda", c, y -> "0"));
        TableText.write(d, spaced, rows);
        d.blank();
        for (int y = c.year(); y > c.year() - 5; y--) {
            YearFinance f = c.of(y);
            d.tkr("revenue_total", "", y, ReportContext.yearEnd(y), "actual", f.revenue(), Place.OVERVIEW, layout);
            d.tkr("costs_total", "", y, ReportContext.yearEnd(y), "actual", f.costs(), Place.OVERVIEW, layout);
            d.tkr("result", "", y, ReportContext.yearEnd(y), "actual", f.result(), Place.OVERVIEW, layout);
            ratio(d, c, y, layout);
        }
    }

    /** Five years in kronor; the profiles family prints costs negative. */
    static void fiveYearKr(DocumentDraft d, ReportContext c, boolean negativeCosts) {
        boolean spaced = c.association().style().spacedTables();
        String layout = (negativeCosts ? "five_year_kr_negative_costs" : "five_year_kr") + (spaced ? "_spaces" : "");
        List<String[]> rows = new ArrayList<>();
        rows.add(cells("", c, y -> Integer.toString(y)));
        rows.add(cells("Verksamhetens intäkter", c, y -> c.kr(c.of(y).revenue())));
        rows.add(cells("Verksamhetens kostnader", c, y -> c.kr(negativeCosts ? -c.of(y).costs() : c.of(y).costs())));
        rows.add(cells("Årets resultat", c, y -> c.kr(c.of(y).result())));
        rows.add(cells("Soliditet", c, y -> SwedishFormat.percent(c.of(y).equityRatio(), c.association().style().percentStyle())));
        rows.add(cells("Antal anställda", c, y -> negativeCosts ? "0" : "-"));
        TableText.write(d, spaced, rows);
        d.blank();
        for (int y = c.year(); y > c.year() - 5; y--) {
            YearFinance f = c.of(y);
            d.kr("revenue_total", "", y, ReportContext.yearEnd(y), "actual", f.revenue(), Place.OVERVIEW, layout);
            d.kr("costs_total", "", y, ReportContext.yearEnd(y), "actual", f.costs(), Place.OVERVIEW, layout);
            d.kr("result", "", y, ReportContext.yearEnd(y), "actual", f.result(), Place.OVERVIEW, layout);
            ratio(d, c, y, layout);
        }
    }

    private static void ratio(DocumentDraft d, ReportContext c, int y, String layout) {
        SwedishFormat.PercentStyle style = c.association().style().percentStyle();
        d.percent("equity_ratio_reported", "", y, ReportContext.yearEnd(y),
                SwedishFormat.statedPercent(c.of(y).equityRatio(), style), style == SwedishFormat.PercentStyle.DECIMAL_SPACED,
                Place.OVERVIEW, layout);
    }

    /** Contributions, costs, result, and closing equity with its share of the contributions "843 007 (16%)". */
    static void contributions(DocumentDraft d, ReportContext c) {
        String layout = "contribution_overview_kr";
        d.para("Översikt medlemsbidragens utveckling och användning (kr)");
        List<String[]> rows = new ArrayList<>();
        rows.add(cells("", c, y -> Integer.toString(y)));
        rows.add(cells("Medlemsbidrag", c, y -> c.kr(c.of(y).contributionTotal())));
        rows.add(cells("Kostnad verksamhet, inkl. fin kostnad", c, y -> c.kr(-c.of(y).costs())));
        rows.add(cells("Årets resultat", c, y -> c.kr(c.of(y).result())));
        rows.add(cells("Utgående eget kapital/medlemsbidragen (Andel av medlemsbidraget %)", c,
                y -> c.kr(c.of(y).equity()) + " (" + Math.round(c.of(y).equityToContributions()) + "%)"));
        rows.add(new String[] {"Tilläggsupplysning", "", "", "", "", ""});
        rows.add(cells("EU-medel och andra bidrag", c, y -> c.kr(c.of(y).otherGrants())));
        TableText.write(d, false, rows);
        d.blank();
        for (int y = c.year(); y > c.year() - 5; y--) {
            YearFinance f = c.of(y);
            d.kr("contribution_total", "", y, ReportContext.yearEnd(y), "actual", f.contributionTotal(), Place.OTHER_TABLE, layout);
            d.kr("result", "", y, ReportContext.yearEnd(y), "actual", f.result(), Place.OTHER_TABLE, layout);
            d.kr("equity", "", y, ReportContext.yearEnd(y), "actual", f.equity(), Place.OTHER_TABLE, layout);
            d.percent("equity_to_contributions_reported", "", y, ReportContext.yearEnd(y),
                    Math.round(f.equityToContributions()), false, Place.OTHER_TABLE, layout);
            d.kr("other_grants", "", y, ReportContext.yearEnd(y), "actual", f.otherGrants(), Place.OTHER_TABLE, layout);
        }
    }

    /** Costs by category with their share of the total, and the lines under each, for three years. */
    static void costCategories(DocumentDraft d, ReportContext c) {
        String layout = "cost_category_table_kr";
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Finansierad verksamhet", "" + c.year(), "" + (c.year() - 1), "" + (c.year() - 2)});
        rows.add(new String[] {"", "Kr", "Kr", "Kr"});
        rows.add(new String[] {"", "(% av totalkostnad)", "(% av totalkostnad)", "(% av totalkostnad)"});
        category(d, c, rows, "Individinriktade insatser", "costs_individual", YearFinance::costsIndividual, true, layout);
        category(d, c, rows, "Strukturövergripande insatser", "costs_structural", YearFinance::costsStructural, false, layout);
        category(d, c, rows, "Administration", "costs_admin", YearFinance::costsAdmin, null, layout);
        rows.add(new String[] {"Totala kostnader", c.kr(c.now().costs()), c.kr(c.before().costs()), c.kr(c.of(c.year() - 2).costs())});
        for (int y = c.year(); y > c.year() - 3; y--) {
            d.kr("costs_total", "", y, ReportContext.yearEnd(y), "actual", c.of(y).costs(), Place.OTHER_TABLE, layout);
        }
        TableText.write(d, false, rows);
        d.blank();
    }

    private static void category(DocumentDraft d, ReportContext c, List<String[]> rows, String label, String concept,
                                 java.util.function.ToLongFunction<YearFinance> amount, Boolean individual, String layout) {
        String[] row = new String[4];
        row[0] = label;
        for (int k = 0; k < 3; k++) {
            YearFinance f = c.of(c.year() - k);
            long v = amount.applyAsLong(f);
            row[k + 1] = c.kr(v) + " (" + Math.round(100.0 * v / f.costs()) + "%)";
            d.kr(concept, "", f.year(), ReportContext.yearEnd(f.year()), "actual", v, Place.OTHER_TABLE, layout);
        }
        rows.add(row);
        for (String line : c.now().lineCosts().keySet()) {
            Insats i = c.insats(line);
            boolean match = individual == null ? i == null : i != null && i.individual() == individual;
            if (!match) {
                continue;
            }
            String[] sub = new String[4];
            sub[0] = line;
            for (int k = 0; k < 3; k++) {
                YearFinance f = c.of(c.year() - k);
                long v = f.lineCosts().getOrDefault(line, 0L);
                sub[k + 1] = c.kr(v);
                d.kr("intervention_cost", "intervention:" + line, f.year(), ReportContext.yearEnd(f.year()), "actual", v,
                        Place.OTHER_TABLE, "cost_category_lines_kr");
            }
            rows.add(sub);
        }
    }

    private static String[] cells(String label, ReportContext c, java.util.function.IntFunction<String> value) {
        String[] row = new String[6];
        row[0] = label;
        for (int k = 0; k < 5; k++) {
            row[k + 1] = value.apply(c.year() - k);
        }
        return row;
    }
}
