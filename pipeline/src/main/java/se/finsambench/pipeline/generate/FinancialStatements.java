package se.finsambench.pipeline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** Resultaträkning and balansräkning for the year and the year before, in kr or tkr. */
final class FinancialStatements {

    private FinancialStatements() {
    }

    static void incomeStatement(DocumentDraft d, ReportContext c, boolean thousands) {
        String layout = thousands ? "income_statement_tkr" : "income_statement_kr";
        LongFunction<String> fmt = v -> v == 0 ? "-" : thousands ? c.tkr(v) : c.kr(v);
        YearFinance now = c.now();
        YearFinance prev = c.before();
        d.para("Resultaträkning");
        String[] head = thousands
                ? new String[] {"Belopp i tkr.", "Not", c.year() + "-01-01 -" + c.year() + "-12-31", (c.year() - 1) + "-01-01 -" + (c.year() - 1) + "-12-31"}
                : new String[] {"Belopp i kr.", "Not", "" + c.year(), "" + (c.year() - 1)};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        rows.add(new String[] {"Verksamhetens intäkter", thousands ? "1" : "2", fmt.apply(now.revenue()), fmt.apply(prev.revenue())});
        rows.add(new String[] {"Verksamhetens kostnader", thousands ? "2" : "3", fmt.apply(-now.costs()), fmt.apply(-prev.costs())});
        rows.add(new String[] {"Avskrivningar", "", "-", "-"});
        rows.add(new String[] {"Verksamhetens resultat", "", fmt.apply(now.result()), fmt.apply(prev.result())});
        rows.add(new String[] {"Finansiella intäkter", "", "-", "-"});
        rows.add(new String[] {"Finansiella kostnader", "", "-", "-"});
        rows.add(new String[] {"Resultat efter finansiella poster", "", fmt.apply(now.result()), fmt.apply(prev.result())});
        rows.add(new String[] {"Årets resultat", "", fmt.apply(now.result()), fmt.apply(prev.result())});
        TableText.write(d, false, rows);
        d.blank();
        for (YearFinance f : List.of(now, prev)) {
            LocalDate end = ReportContext.yearEnd(f.year());
            money(d, thousands, "revenue_total", f.year(), end, f.revenue(), Place.STATEMENTS, layout);
            money(d, thousands, "costs_total", f.year(), end, f.costs(), Place.STATEMENTS, layout);
            money(d, thousands, "result", f.year(), end, f.result(), Place.STATEMENTS, layout);
        }
    }

    /** Equity and liabilities printed negative, equity as last year's capital plus the year's result. */
    static void balanceSheetCreditNegative(DocumentDraft d, ReportContext c) {
        String layout = "balance_sheet_credit_negative_kr";
        YearFinance now = c.now();
        YearFinance prev = c.before();
        d.para("Balansräkning");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Belopp i kr.", "Not", c.year() + "-12-31", (c.year() - 1) + "-12-31"});
        rows.add(new String[] {"Tillgångar", "", "", ""});
        rows.add(new String[] {"Omsättningstillgångar", "", "", ""});
        rows.add(new String[] {"Fordringar", "4", c.kr(now.receivables()), c.kr(prev.receivables())});
        rows.add(new String[] {"Kassa och bank", "", c.kr(now.cash()), c.kr(prev.cash())});
        rows.add(new String[] {"Summa omsättningstillgångar", "", c.kr(now.totalAssets()), c.kr(prev.totalAssets())});
        rows.add(new String[] {"Summa tillgångar", "", c.kr(now.totalAssets()), c.kr(prev.totalAssets())});
        rows.add(new String[] {"Eget kapital, avsättningar och skulder", "", "", ""});
        rows.add(new String[] {"Eget kapital", "", c.kr(-now.equityOpening()), c.kr(-prev.equityOpening())});
        rows.add(new String[] {"Årets resultat", "", c.kr(-now.result()), c.kr(-prev.result())});
        rows.add(new String[] {"Avsättningar", "", "-", "-"});
        rows.add(new String[] {"Skulder", "", "", ""});
        rows.add(new String[] {"Kortfristiga skulder", "5", c.kr(-now.liabilities()), c.kr(-prev.liabilities())});
        rows.add(new String[] {"Summa eget kapital, avsättningar och skulder", "", c.kr(-now.totalAssets()), c.kr(-prev.totalAssets())});
        rows.add(new String[] {"Ansvarsförbindelser", "", "Inga", "Inga"});
        TableText.write(d, false, rows);
        d.blank();
        balanceTruth(d, c, false, layout);
    }

    /** A balance sheet with positive figures and a "Summa eget kapital" line (or equity only in parts). */
    static void balanceSheet(DocumentDraft d, ReportContext c, boolean thousands, boolean equitySum) {
        String layout = thousands ? "balance_sheet_tkr" : "balance_sheet_kr";
        LongFunction<String> fmt = v -> thousands ? c.tkr(v) : c.kr(v);
        YearFinance now = c.now();
        YearFinance prev = c.before();
        d.para("Balansräkning");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {thousands ? "Belopp i tkr." : "Belopp i kr.", "Not", c.year() + "-12-31", (c.year() - 1) + "-12-31"});
        rows.add(new String[] {"Tillgångar", "", "", ""});
        rows.add(new String[] {"Omsättningstillgångar", "", "", ""});
        rows.add(new String[] {"Korta fordringar", "3", fmt.apply(now.receivables()), fmt.apply(prev.receivables())});
        rows.add(new String[] {"Kassa och bank", "", fmt.apply(now.cash()), fmt.apply(prev.cash())});
        rows.add(new String[] {"Summa omsättningstillgångar", "", fmt.apply(now.totalAssets()), fmt.apply(prev.totalAssets())});
        rows.add(new String[] {"Summa tillgångar", "", fmt.apply(now.totalAssets()), fmt.apply(prev.totalAssets())});
        rows.add(new String[] {"Eget kapital, avsättningar och skulder", "", "", ""});
        rows.add(new String[] {"Eget kapital", "", "", ""});
        rows.add(new String[] {"Övrigt eget kapital", "", fmt.apply(now.equityOpening()), fmt.apply(prev.equityOpening())});
        rows.add(new String[] {"Årets resultat", "", fmt.apply(now.result()), fmt.apply(prev.result())});
        if (equitySum) {
            rows.add(new String[] {"Summa eget kapital", "", fmt.apply(now.equity()), fmt.apply(prev.equity())});
        }
        rows.add(new String[] {"Skulder", "", "", ""});
        rows.add(new String[] {"Kortfristiga skulder", "4", fmt.apply(now.liabilities()), fmt.apply(prev.liabilities())});
        rows.add(new String[] {"Summa eget kapital, avsättningar och skulder", "", fmt.apply(now.totalAssets()), fmt.apply(prev.totalAssets())});
        TableText.write(d, false, rows);
        d.blank();
        balanceTruth(d, c, thousands, layout);
    }

    private static void balanceTruth(DocumentDraft d, ReportContext c, boolean thousands, String layout) {
        for (YearFinance f : List.of(c.now(), c.before())) {
            LocalDate end = ReportContext.yearEnd(f.year());
            money(d, thousands, "equity", f.year(), end, f.equity(), Place.STATEMENTS, layout);
            money(d, thousands, "total_assets", f.year(), end, f.totalAssets(), Place.STATEMENTS, layout);
            money(d, thousands, "current_liabilities", f.year(), end, f.liabilities(), Place.STATEMENTS, layout);
            money(d, thousands, "cash", f.year(), end, f.cash(), Place.STATEMENTS, layout);
        }
    }

    static void money(DocumentDraft d, boolean thousands, String concept, int year, LocalDate end, long value, int place,
                      String layout) {
        if (thousands) {
            d.tkr(concept, "", year, end, "actual", value, place, layout);
        } else {
            d.kr(concept, "", year, end, "actual", value, place, layout);
        }
    }
}
