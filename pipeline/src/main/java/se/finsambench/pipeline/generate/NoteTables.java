package se.finsambench.pipeline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** Noter: revenue by member, costs by insats, costs by category, short-term liabilities. */
final class NoteTables {

    private NoteTables() {
    }

    /** "Driftbidrag från staten / från Region X / från Y kommun … Summa" for this year and last. */
    static void contributions(DocumentDraft d, ReportContext c, String title, boolean thousands) {
        String layout = thousands ? "note_contributions_tkr" : "note_contributions_kr";
        LongFunction<String> fmt = v -> thousands ? c.tkr(v) : c.kr(v);
        YearFinance now = c.now();
        YearFinance prev = c.before();
        d.para(title);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "" + c.year(), "" + (c.year() - 1)});
        rows.add(new String[] {"Driftbidrag från staten", fmt.apply(now.state()), fmt.apply(prev.state())});
        member(d, c, thousands, "state", now.state(), prev.state(), layout);
        rows.add(new String[] {"Driftbidrag från " + c.association().region(), fmt.apply(now.region()), fmt.apply(prev.region())});
        member(d, c, thousands, "region", now.region(), prev.region(), layout);
        for (MemberMunicipality m : c.association().municipalities()) {
            long a = now.municipalities().get(m.name());
            long b = prev.municipalities().get(m.name());
            rows.add(new String[] {"Driftbidrag från " + m.asKommun(), fmt.apply(a), fmt.apply(b)});
            member(d, c, thousands, "municipality:" + m.name(), a, b, layout);
        }
        if (now.otherGrants() > 0 || prev.otherGrants() > 0) {
            rows.add(new String[] {"EU-medel och andra bidrag", fmt.apply(now.otherGrants()), fmt.apply(prev.otherGrants())});
            FinancialStatements.money(d, thousands, "other_grants", c.year(), ReportContext.yearEnd(c.year()), now.otherGrants(), Place.NOTES, layout);
            FinancialStatements.money(d, thousands, "other_grants", c.year() - 1, ReportContext.yearEnd(c.year() - 1), prev.otherGrants(), Place.NOTES, layout);
        }
        rows.add(new String[] {"Summa", fmt.apply(now.revenue()), fmt.apply(prev.revenue())});
        TableText.write(d, false, rows);
        d.blank();
    }

    private static void member(DocumentDraft d, ReportContext c, boolean thousands, String member, long now, long prev, String layout) {
        for (int k = 0; k < 2; k++) {
            int y = c.year() - k;
            long v = k == 0 ? now : prev;
            if (thousands) {
                d.tkr("contribution", member, y, ReportContext.yearEnd(y), "actual", v, Place.NOTES, layout);
            } else {
                d.kr("contribution", member, y, ReportContext.yearEnd(y), "actual", v, Place.NOTES, layout);
            }
        }
    }

    /** Each insats's cost, then "Övriga kostnader" with Styrelse and Kansli, as negative kronor. */
    static void costsByLine(DocumentDraft d, ReportContext c, String title) {
        String layout = "note_costs_kr";
        YearFinance now = c.now();
        YearFinance prev = c.before();
        d.para(title);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "" + c.year(), "" + (c.year() - 1)});
        List<String> lines = new ArrayList<>(now.insatsCosts().keySet());
        prev.insatsCosts().keySet().stream().filter(l -> !lines.contains(l)).forEach(lines::add);
        for (String line : lines) {
            addLine(d, c, rows, line, layout);
        }
        rows.add(new String[] {"Övriga kostnader", "", ""});
        addLine(d, c, rows, YearFinance.STYRELSE, layout);
        addLine(d, c, rows, YearFinance.KANSLI, layout);
        rows.add(new String[] {"Summa", c.kr(-now.costs()), c.kr(-prev.costs())});
        TableText.write(d, false, rows);
        d.blank();
    }

    private static void addLine(DocumentDraft d, ReportContext c, List<String[]> rows, String line, String layout) {
        long a = c.now().lineCosts().getOrDefault(line, 0L);
        long b = c.before().lineCosts().getOrDefault(line, 0L);
        rows.add(new String[] {line, a == 0 ? "-" : c.kr(-a), b == 0 ? "-" : c.kr(-b)});
        d.kr("intervention_cost", "intervention:" + line, c.year(), ReportContext.yearEnd(c.year()), "actual", a, Place.NOTES, layout);
        d.kr("intervention_cost", "intervention:" + line, c.year() - 1, ReportContext.yearEnd(c.year() - 1), "actual", b, Place.NOTES, layout);
    }

    /** "Kansli och styrelse / Strukturella insatser / Individinriktade insatser / Summa" in tkr. */
    static void costCategories(DocumentDraft d, ReportContext c, String title) {
        String layout = "note_cost_categories_tkr";
        YearFinance now = c.now();
        YearFinance prev = c.before();
        d.para(title);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "" + c.year(), "" + (c.year() - 1)});
        rows.add(new String[] {"Kansli och styrelse", c.tkr(now.costsAdmin()), c.tkr(prev.costsAdmin())});
        rows.add(new String[] {"Strukturella insatser", c.tkr(now.costsStructural()), c.tkr(prev.costsStructural())});
        rows.add(new String[] {"Individinriktade insatser", c.tkr(now.costsIndividual()), c.tkr(prev.costsIndividual())});
        rows.add(new String[] {"Summa", c.tkr(now.costs()), c.tkr(prev.costs())});
        for (YearFinance f : List.of(now, prev)) {
            d.tkr("costs_admin", "", f.year(), ReportContext.yearEnd(f.year()), "actual", f.costsAdmin(), Place.NOTES, layout);
            d.tkr("costs_structural", "", f.year(), ReportContext.yearEnd(f.year()), "actual", f.costsStructural(), Place.NOTES, layout);
            d.tkr("costs_individual", "", f.year(), ReportContext.yearEnd(f.year()), "actual", f.costsIndividual(), Place.NOTES, layout);
        }
        TableText.write(d, false, rows);
        d.blank();
    }

    /** Short-term liabilities split in two lines with their sum. */
    static void liabilities(DocumentDraft d, ReportContext c, String title, boolean thousands) {
        LongFunction<String> fmt = v -> thousands ? c.tkr(v) : c.kr(v);
        d.para(title);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", c.year() + "-12-31", (c.year() - 1) + "-12-31"});
        long a = c.now().liabilities();
        long b = c.before().liabilities();
        rows.add(new String[] {"Leverantörsskulder", fmt.apply(a * 3 / 5), fmt.apply(b * 3 / 5)});
        rows.add(new String[] {"Upplupna kostnader", fmt.apply(a - a * 3 / 5), fmt.apply(b - b * 3 / 5)});
        rows.add(new String[] {"Summa", fmt.apply(a), fmt.apply(b)});
        TableText.write(d, false, rows);
        d.blank();
    }
}
