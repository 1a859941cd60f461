package se.finsambench.pipeline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A delårsrapport per 30 June or 31 August: participants per insats with insatser as columns, and
 * income statement and balance sheet with Utfall / Budget / Utfall for the period / Helårsprognos.
 */
final class InterimReportWriter {

    private InterimReportWriter() {
    }

    static LocalDate periodEnd(ReportContext c) {
        return c.now().interim().months() == 6 ? LocalDate.of(c.year(), 6, 30) : LocalDate.of(c.year(), 8, 31);
    }

    static DocumentDraft write(ReportContext c) {
        DocumentDraft d = new DocumentDraft();
        YearFinance f = c.now();
        InterimFinance in = f.interim();
        int y = c.year();
        LocalDate end = periodEnd(c);
        boolean half = in.months() == 6;
        d.para("Delårsrapport");
        d.para("för " + c.association().name() + (half ? " första halvåret " + y : " perioden januari–augusti " + y));
        d.para("(Dnr " + y + ":" + (10 + c.random().nextInt(40)) + ")");
        d.para("1. Sammanfattning");
        d.para(c.association().name() + " finansierar samordnade rehabiliteringsinsatser för invånare i " + c.municipalityList()
                + ". Rapporten är i första hand ekonomisk och redovisar utfallet för perioden och en prognos för helåret.");
        d.para("Helårsprognosen pekar mot ett " + ActivityProse.surplus(in.forecastResult()) + " på "
                + SwedishFormat.tkr(Math.abs(in.forecastResult()), "-") + " tkr.");
        d.tkr("result", "", y, ReportContext.yearEnd(y), "forecast", in.forecastResult(), Place.PROSE, "prose_interim_forecast");
        d.para("3. Verksamheter");
        d.line("Följande individinriktade insatser finansieras av förbundet under " + y + ":");
        in.participants().keySet().forEach(name -> d.line("- " + name));
        d.blank();
        participants(d, c, end, half);
        economy(d, c, end, half);
        d.para(c.association().seat().name() + " " + end.plusDays(c.random().nextInt(20) + 5));
        d.para("Förbundsstyrelsen");
        return d;
    }

    private static void participants(DocumentDraft d, ReportContext c, LocalDate end, boolean half) {
        Map<String, Participants> ps = c.now().interim().participants();
        List<String> names = List.copyOf(ps.keySet());
        int n = names.size();
        String[] head = new String[n + 2];
        head[0] = (half ? "Jan-juni " : "Jan-aug ") + c.year();
        for (int i = 0; i < n; i++) {
            head[i + 1] = InsatsCatalogue.shortName(names.get(i));
        }
        head[n + 1] = "Totalt";
        d.row(head);
        Participants all = Participants.NONE;
        for (Participants p : ps.values()) {
            all = all.plus(p);
        }
        List<Participants> cols = new ArrayList<>(ps.values());
        cols.add(all);
        d.row(cells("Deltagande män", cols, Participants::men));
        d.row(cells("Deltagande kvinnor", cols, Participants::women));
        d.row(cells("Avslutade män", cols, p -> p.exits() / 2));
        d.row(cells("Avslutade kvinnor", cols, p -> p.exits() - p.exits() / 2));
        String[] reasons = new String[n + 2];
        java.util.Arrays.fill(reasons, "");
        reasons[0] = "Avslutsorsaker";
        d.row(reasons);
        d.row(cells("Arbete eller utbildning", cols, Participants::exitsWorkOrStudies));
        d.row(cells("Fortsatt arbetsrehab", cols, p -> (p.exits() - p.exitsWorkOrStudies()) / 2));
        d.row(cells("Övriga orsaker", cols, p -> p.exits() - p.exitsWorkOrStudies() - (p.exits() - p.exitsWorkOrStudies()) / 2));
        d.blank();
        for (int i = 0; i <= n; i++) {
            String m = i < n ? "intervention:" + names.get(i) : "";
            Participants p = cols.get(i);
            boolean cut = i < n && !head[i + 1].equals(names.get(i)) && !names.get(i).contains(" (");
            String layout = cut ? "interim_participants_truncated_name" : "interim_participants_by_insats";
            d.count("participants_men", m, c.year(), end, p.men(), Place.TABLE, layout);
            d.count("participants_women", m, c.year(), end, p.women(), Place.TABLE, layout);
            d.count("participants_total", m, c.year(), end, p.total(), Place.DERIVED, layout);
            d.count("exits_total", m, c.year(), end, p.exits(), Place.DERIVED, layout);
            d.count("exits_work_or_studies", m, c.year(), end, p.exitsWorkOrStudies(), Place.TABLE, layout);
        }
        d.para("Sammantaget har insatserna under perioden gett stöd till " + all.men() + " män och " + all.women()
                + " kvinnor. Av dem har " + all.exitsWorkOrStudies() + " avslutats till arbete eller studier.");
    }

    private static String[] cells(String label, List<Participants> cols, java.util.function.ToIntFunction<Participants> f) {
        String[] row = new String[cols.size() + 1];
        row[0] = label;
        for (int i = 0; i < cols.size(); i++) {
            row[i + 1] = Integer.toString(f.applyAsInt(cols.get(i)));
        }
        return row;
    }

    private static void economy(DocumentDraft d, ReportContext c, LocalDate end, boolean half) {
        YearFinance f = c.now();
        YearFinance prev = c.before();
        InterimFinance in = f.interim();
        int y = c.year();
        String layout = "interim_income_statement_columns";
        d.para("4. Ekonomi");
        d.para("Prognosen för helåret är att kostnaderna uppgår till " + c.tkr(in.forecastCosts()) + " tkr, att jämföra med budgeterade "
                + c.tkr(f.budgetCosts()) + " tkr.");
        d.tkr("costs_total", "", y, ReportContext.yearEnd(y), "forecast", in.forecastCosts(), Place.PROSE, "prose_interim_forecast");
        boolean flawed = c.chance(0.12);
        long statedResult = flawed ? in.result() + 1000L * (5 + c.random().nextInt(90)) : in.result();
        d.para("Resultaträkning per " + end);
        d.row("", "Utfall " + (y - 1) + "-12-31", "Budget " + y, "Utfall " + end, "Helårs- prognos");
        d.row("<u>Intäkter</u>", "", "", "", "");
        for (MemberMunicipality m : c.association().municipalities()) {
            line(d, c, m.asKommun(), "contribution", "municipality:" + m.name(), prev.municipalities().get(m.name()),
                    f.municipalities().get(m.name()), f.municipalities().get(m.name()), f.municipalities().get(m.name()), end, layout);
        }
        line(d, c, c.association().region(), "contribution", "region", prev.region(), f.region(), f.region(), f.region(), end, layout);
        line(d, c, "Staten gm Försäkringskassan", "contribution", "state", prev.state(), f.state(), in.statePaid(), f.state(), end, layout);
        if (f.otherGrants() > 0 || prev.otherGrants() > 0) {
            d.row("Övriga bidrag", SwedishFormat.grouped(prev.otherGrants()), "", SwedishFormat.grouped(in.revenue() - in.statePaid()
                    - f.region() - f.municipalities().values().stream().mapToLong(Long::longValue).sum()), "");
        }
        line(d, c, "Summa intäkter", "revenue_total", "", prev.revenue(), f.budgetRevenue(), in.revenue(), in.forecastRevenue(), end, layout);
        d.row("<u>Kostnader</u>", "", "", "", "");
        for (String name : f.lineCosts().keySet()) {
            line(d, c, name, "intervention_cost", "intervention:" + name, prev.lineCosts().getOrDefault(name, 0L),
                    f.lineBudget().get(name), in.lineCosts().get(name), in.lineForecast().get(name), end, layout);
        }
        line(d, c, "Summa kostnader", "costs_total", "", prev.costs(), f.budgetCosts(), in.costs(), in.forecastCosts(), end, layout);
        line(d, c, "Periodens resultat", "result", "", prev.result(), f.budgetResult(), statedResult, in.forecastResult(), end, layout);
        d.blank();
        if (flawed) {
            String note = "periodens resultat " + statedResult + " går inte ihop med intäkter − kostnader = " + in.result();
            d.flaw(note);
            d.flawed(new Statement("result", "", y, end, "actual", statedResult, 0, 0.5, Place.STATEMENTS, layout, note));
        }
        balance(d, c, end, statedResult);
    }

    private static void line(DocumentDraft d, ReportContext c, String label, String concept, String member, long lastYear,
                             long budget, long period, long forecast, LocalDate end, String layout) {
        int y = c.year();
        d.row(label, SwedishFormat.grouped(lastYear), SwedishFormat.grouped(budget), SwedishFormat.grouped(period),
                SwedishFormat.grouped(forecast));
        d.kr(concept, member, y - 1, ReportContext.yearEnd(y - 1), "actual", lastYear, Place.STATEMENTS, layout);
        d.kr(concept, member, y, ReportContext.yearEnd(y), "budget", budget, Place.STATEMENTS, layout);
        d.kr(concept, member, y, end, "actual", period, Place.STATEMENTS, layout);
        d.kr(concept, member, y, ReportContext.yearEnd(y), "forecast", forecast, Place.STATEMENTS, layout);
    }

    private static void balance(DocumentDraft d, ReportContext c, LocalDate end, long statedResult) {
        YearFinance f = c.now();
        YearFinance prev = c.before();
        InterimFinance in = f.interim();
        int y = c.year();
        String layout = "interim_balance_sheet";
        long equityPeriod = f.equityOpening() + statedResult;
        long assetsPeriod = in.receivables() + in.cash();
        long forecastEquity = f.equityOpening() + in.forecastResult();
        d.para("Balansräkning per " + end);
        d.row("Balansräkning", (y - 1) + "-12-31", end.toString(), "Prognos");
        d.row("Tillgångar", "", "", "");
        d.row("Övriga fordringar", SwedishFormat.grouped(prev.receivables()), SwedishFormat.grouped(in.receivables()), "");
        d.row("Kassa och bank", SwedishFormat.grouped(prev.cash()), SwedishFormat.grouped(in.cash()), "");
        d.row("", SwedishFormat.grouped(prev.totalAssets()), SwedishFormat.grouped(assetsPeriod), "");
        d.row("Eget kapital och skulder", "", "", "");
        d.row("Balanserat från föregående år", SwedishFormat.grouped(prev.equityOpening()), SwedishFormat.grouped(f.equityOpening()),
                SwedishFormat.grouped(f.equityOpening()));
        d.row("Årets resultat", SwedishFormat.grouped(prev.result()), SwedishFormat.grouped(statedResult),
                SwedishFormat.grouped(in.forecastResult()));
        d.row("Årets balanserade resultat", SwedishFormat.grouped(prev.equity()), SwedishFormat.grouped(equityPeriod),
                SwedishFormat.grouped(forecastEquity));
        d.row("Kortfristiga skulder", SwedishFormat.grouped(prev.liabilities()), SwedishFormat.grouped(assetsPeriod - equityPeriod), "");
        d.row("", SwedishFormat.grouped(prev.totalAssets()), SwedishFormat.grouped(assetsPeriod), "");
        d.blank();
        for (int k = 0; k < 2; k++) {
            int year = k == 0 ? y - 1 : y;
            LocalDate at = k == 0 ? ReportContext.yearEnd(y - 1) : end;
            d.kr("cash", "", year, at, "actual", k == 0 ? prev.cash() : in.cash(), Place.STATEMENTS, layout);
            d.kr("total_assets", "", year, at, "actual", k == 0 ? prev.totalAssets() : assetsPeriod, Place.STATEMENTS, layout);
            d.kr("equity", "", year, at, "actual", k == 0 ? prev.equity() : equityPeriod, Place.STATEMENTS, layout);
            d.kr("current_liabilities", "", year, at, "actual", k == 0 ? prev.liabilities() : assetsPeriod - equityPeriod,
                    Place.STATEMENTS, layout);
        }
    }
}
