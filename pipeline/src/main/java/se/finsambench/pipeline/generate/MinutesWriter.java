package se.finsambench.pipeline.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * Board minutes: § paragraphs with the state's allocation, grant decisions and, in the autumn, next
 * year's budget with a budget appendix; in the spring, the annual report of the year before.
 */
final class MinutesWriter {

    /** What a meeting is mainly about. */
    enum Kind { SPRING, AUTUMN_BUDGET, GRANT }

    private MinutesWriter() {
    }

    static LocalDate date(ReportContext c, Kind kind) {
        return switch (kind) {
            case SPRING -> LocalDate.of(c.year(), 3, 12 + c.random().nextInt(15));
            case GRANT -> LocalDate.of(c.year(), 6, 2 + c.random().nextInt(20));
            case AUTUMN_BUDGET -> LocalDate.of(c.year(), 11, 10 + c.random().nextInt(15));
        };
    }

    static DocumentDraft write(ReportContext c, Kind kind, LocalDate date, int number) {
        DocumentDraft d = new DocumentDraft();
        int paragraph = 10 * number + 1;
        d.para("Sammanträdesprotokoll nr " + number).para(date.toString()).para(c.association().name());
        d.para("Plats och tid: " + c.association().seat().name() + ", kl 09.00–11.30");
        d.para("Beslutande: ordförande, vice ordförande och ledamöter från samtliga medlemmar");
        d.para("§ " + paragraph++ + " Mötets öppnande");
        d.para("Ordföranden hälsar alla välkomna och öppnar mötet.");
        d.para("§ " + paragraph++ + " Val av justerare");
        d.para("Till justerare utses ledamoten från " + c.association().region() + ".");
        switch (kind) {
            case SPRING -> spring(d, c, paragraph);
            case GRANT -> grant(d, c, paragraph, c.year());
            case AUTUMN_BUDGET -> budget(d, c, paragraph);
        }
        d.para("Vid protokollet: förbundschef");
        return d;
    }

    private static void spring(DocumentDraft d, ReportContext c, int paragraph) {
        YearFinance last = c.before();
        int y = c.year() - 1;
        d.para("§ " + paragraph + " Årsredovisning " + y);
        d.para("Förbundschefen föredrar årsredovisningen för " + y + ". För " + y + " blev resultatet ett "
                + ActivityProse.surplus(last.result()) + " på " + SwedishFormat.tkr(Math.abs(last.result()), "-") + " tkr. Det egna kapitalet uppgick till "
                + SwedishFormat.tkr(last.equity(), "-") + " tkr den " + y + "-12-31.");
        d.tkr("result", "", y, ReportContext.yearEnd(y), "actual", last.result(), Place.PROSE, "minutes_prose_annual");
        d.tkr("equity", "", y, ReportContext.yearEnd(y), "actual", last.equity(), Place.PROSE, "minutes_prose_annual");
        d.line("Beslut");
        d.para("Styrelsen godkänner årsredovisningen och överlämnar den till revisorerna.");
    }

    private static void grant(DocumentDraft d, ReportContext c, int paragraph, int year) {
        List<Insats> running = c.association().insatser().stream().filter(i -> i.activeIn(year + 1) && i.individual()).toList();
        Insats insats = running.isEmpty() ? c.association().insatser().get(0) : running.get(c.random().nextInt(running.size()));
        long amount = 1000L * (150 + c.random().nextInt(900));
        d.para("§ " + paragraph + " Ansökan om fortsatt finansiering av " + insats.name());
        d.para(c.association().seat().asKommun() + " ansöker om fortsatt finansiering av insatsen " + insats.name() + " under "
                + (year + 1) + ". Ansökan omfattar " + (1 + c.random().nextInt(3)) + " tjänster.");
        d.line("Beslut");
        d.para("Styrelsen beslutar att bevilja " + c.association().seat().asKommun() + " " + SwedishFormat.grouped(amount)
                + " kr för insatsen " + insats.name() + " under perioden " + (year + 1) + "-01-01 – " + (year + 1) + "-12-31.");
    }

    private static void budget(DocumentDraft d, ReportContext c, int paragraph) {
        int next = c.year() + 1;
        YearFinance plan = c.of(next);
        long forecastEquity = c.now().equityOpening() + c.now().interim().forecastResult();
        d.para("§ " + paragraph++ + " Statlig medelstilldelning " + next);
        d.para("Försäkringskassan har meddelat att den statliga medelstilldelningen till förbundet för " + next + " blir "
                + SwedishFormat.grouped(plan.state()) + " kr. Tillsammans med regionens och kommunernas bidrag ger det en total medelstilldelning på "
                + SwedishFormat.grouped(plan.contributionTotal()) + " kr.");
        LocalDate end = ReportContext.yearEnd(next);
        d.kr("contribution", "state", next, end, "budget", plan.state(), Place.PROSE, "minutes_prose_allocation");
        d.kr("contribution_total", "", next, end, "budget", plan.contributionTotal(), Place.PROSE, "minutes_prose_allocation");
        d.line("Beslut");
        d.para("Styrelsen tackar för informationen.");
        grant(d, c, paragraph++, c.year());
        d.para("§ " + paragraph + " Budget " + next);
        long diff = plan.budgetCosts() - plan.contributionTotal();
        d.para("Förslaget till budget för " + next + " omfattar kostnader på " + SwedishFormat.grouped(plan.budgetCosts()) + " kr, vilket är "
                + SwedishFormat.grouped(Math.abs(diff)) + " kr " + (diff > 0 ? "mer" : "mindre") + " än medelstilldelningen.");
        d.kr("costs_total", "", next, end, "budget", plan.budgetCosts(), Place.PROSE, "minutes_prose_budget");
        d.line("Beslut");
        d.para("Styrelsen fastställer budgeten för " + next + " enligt bilaga.");
        String layout = "minutes_budget_appendix";
        d.para("Bilaga: Budget " + c.association().name() + " " + next);
        d.row("", "Budget " + next);
        d.row("Intäkter", "");
        appendix(d, "Medlemsavgift staten", "contribution", "state", plan.state(), next, layout);
        appendix(d, "Medlemsavgift " + c.association().region(), "contribution", "region", plan.region(), next, layout);
        for (MemberMunicipality m : c.association().municipalities()) {
            appendix(d, "Medlemsavgift " + m.asKommun(), "contribution", "municipality:" + m.name(), plan.municipalities().get(m.name()),
                    next, layout);
        }
        appendix(d, "Summa intäkter", "revenue_total", "", plan.budgetRevenue(), next, layout);
        d.row("Insatser", "");
        for (String line : plan.insatsCosts().keySet()) {
            appendix(d, line, "intervention_cost", "intervention:" + line, -plan.lineBudget().get(line), next, layout);
        }
        d.row("Kansli och styrelse", "");
        appendix(d, YearFinance.KANSLI, "intervention_cost", "intervention:" + YearFinance.KANSLI,
                -plan.lineBudget().get(YearFinance.KANSLI), next, layout);
        appendix(d, YearFinance.STYRELSE, "intervention_cost", "intervention:" + YearFinance.STYRELSE,
                -plan.lineBudget().get(YearFinance.STYRELSE), next, layout);
        appendix(d, "Summa kostnader", "costs_total", "", -plan.budgetCosts(), next, layout);
        appendix(d, "Resultat", "result", "", plan.budgetResult(), next, layout);
        d.row("Eget kapital " + c.year() + "-12-31 enligt prognos " + c.year() + "-08-31", SwedishFormat.grouped(forecastEquity) + " kr");
        d.kr("equity", "", c.year(), ReportContext.yearEnd(c.year()), "forecast", forecastEquity, Place.TABLE, layout);
        d.blank();
    }

    /** A budget line "−1 180 000 kr"; costs are printed negative, the truth holds their size. */
    private static void appendix(DocumentDraft d, String label, String concept, String member, long signed, int year, String layout) {
        d.row(label, SwedishFormat.grouped(signed) + " kr");
        long truth = concept.equals("result") ? signed : Math.abs(signed);
        d.kr(concept, member, year, ReportContext.yearEnd(year), "budget", truth, Place.TABLE, layout);
    }
}
