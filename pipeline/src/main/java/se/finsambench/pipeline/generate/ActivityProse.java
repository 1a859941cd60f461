package se.finsambench.pipeline.generate;

import java.util.List;
import java.util.Map;

/**
 * Sentences with figures: participants and exits, board meetings, the year's economy. Each shape is
 * written in the generator's own words, with a variant or two so the years differ.
 */
final class ActivityProse {

    private ActivityProse() {
    }

    /** The association's participants and exits on one line, then one bullet per individual insats. */
    static void participants(DocumentDraft d, ReportContext c) {
        YearFinance f = c.now();
        Participants all = f.allParticipants();
        int y = c.year();
        var end = ReportContext.yearEnd(y);
        String who = c.random().nextBoolean() ? "Förbundets insatser arbetade under " + y + " med " + all.total() + " deltagare"
                : "Under " + y + " arbetade förbundets insatser med totalt " + all.total() + " deltagare";
        d.line("- " + who + ", " + all.women() + " kvinnor och " + all.men() + " män. Sammanlagt " + all.exits()
                + " deltagare avslutades under året, varav " + all.exitsWork() + " gick vidare till arbete och "
                + all.exitsStudies() + " till studier.");
        String layout = "prose_participants";
        d.count("participants_total", "", y, end, all.total(), Place.PROSE, layout);
        d.count("participants_women", "", y, end, all.women(), Place.PROSE, layout);
        d.count("participants_men", "", y, end, all.men(), Place.PROSE, layout);
        d.count("exits_total", "", y, end, all.exits(), Place.PROSE, "prose_exits");
        d.count("exits_work", "", y, end, all.exitsWork(), Place.PROSE, "prose_exits");
        d.count("exits_studies", "", y, end, all.exitsStudies(), Place.PROSE, "prose_exits");
        for (Map.Entry<String, Participants> e : f.participants().entrySet()) {
            Participants p = e.getValue();
            String name = e.getKey();
            String insatsLayout = "prose_insats_participants";
            d.line("- I " + name + " deltog " + p.total() + " deltagare (" + p.women() + " kvinnor och " + p.men() + " män). "
                    + p.exits() + " deltagare avslutades, varav " + p.exitsWork() + " deltagare började arbeta och "
                    + p.exitsStudies() + " deltagare började studera.");
            String m = "intervention:" + name;
            d.count("participants_total", m, y, end, p.total(), Place.PROSE, insatsLayout);
            d.count("participants_women", m, y, end, p.women(), Place.PROSE, insatsLayout);
            d.count("participants_men", m, y, end, p.men(), Place.PROSE, insatsLayout);
            d.count("exits_total", m, y, end, p.exits(), Place.PROSE, "prose_insats_exits");
            d.count("exits_work", m, y, end, p.exitsWork(), Place.PROSE, "prose_insats_exits");
            d.count("exits_studies", m, y, end, p.exitsStudies(), Place.PROSE, "prose_insats_exits");
        }
        d.blank();
    }

    /** "Arbetsnära stöd hade 64 deltagare, Unga i rörelse 52 och Lotsen 26." — a list a reader takes in at once. */
    static void participantsList(DocumentDraft d, ReportContext c) {
        Map<String, Participants> ps = c.now().participants();
        List<String> names = List.copyOf(ps.keySet());
        if (names.size() < 2) {
            return;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String part = i == 0 ? names.get(i) + " hade " + ps.get(names.get(i)).total() + " deltagare"
                    : names.get(i) + " " + ps.get(names.get(i)).total();
            s.append(i == 0 ? "" : i == names.size() - 1 ? " och " : ", ").append(part);
            d.count("participants_total", "intervention:" + names.get(i), c.year(), ReportContext.yearEnd(c.year()),
                    ps.get(names.get(i)).total(), Place.PROSE, "prose_participants_list");
        }
        d.para(s + ".");
    }

    static void boardMeetings(DocumentDraft d, ReportContext c, boolean sammantratt) {
        int n = c.now().boardMeetings();
        d.para(sammantratt ? "Styrelsen har sammanträtt " + n + " gånger under " + c.year() + "."
                : "Styrelsen har under " + c.year() + " haft " + n + " protokollförda sammanträden. Därutöver har ett medlemssamråd hållits.");
        d.count("board_meetings", "", c.year(), ReportContext.yearEnd(c.year()), n, Place.PROSE, "prose_board_meetings");
    }

    /** Costs, result and equity in tkr, with the budgeted result beside the outcome. */
    static void economyTkr(DocumentDraft d, ReportContext c) {
        YearFinance f = c.now();
        int y = c.year();
        var end = ReportContext.yearEnd(y);
        d.para("Under året bedrev förbundet verksamhet för " + c.tkr(f.costs()) + " tkr. Resultatet för året blev ett "
                + surplus(f.result()) + " på " + SwedishFormat.tkr(Math.abs(f.result()), "-") + " tkr. Budgeten för året räknade med ett "
                + surplus(f.budgetResult()) + " på " + SwedishFormat.tkr(Math.abs(f.budgetResult()), "-") + " tkr.");
        d.tkr("costs_total", "", y, end, "actual", f.costs(), Place.PROSE, "prose_costs");
        d.tkr("result", "", y, end, "actual", f.result(), Place.PROSE, "prose_result");
        d.tkr("result", "", y, end, "budget", f.budgetResult(), Place.PROSE, "prose_result");
        long share = Math.round(f.equityToContributions());
        d.para("Det egna kapitalet uppgick vid årets slut till " + c.tkr(f.equity()) + " tkr och utgör därmed " + share
                + " % av årets medelstilldelning." + (share > 20 ? " Det är mer än de 20 % som Nationella rådet rekommenderar." : ""));
        d.tkr("equity", "", y, end, "actual", f.equity(), Place.PROSE, "prose_equity");
        d.percent("equity_to_contributions_reported", "", y, end, share, false, Place.PROSE, "prose_equity_share");
    }

    /** The same in kronor, as the tkr family's management report writes it. */
    static void economyKr(DocumentDraft d, ReportContext c) {
        YearFinance f = c.now();
        int y = c.year();
        var end = ReportContext.yearEnd(y);
        d.para("Förbundets verksamhet har omfattat " + SwedishFormat.grouped(f.costs()) + " kronor. Årets resultat blev ett "
                + surplus(f.result()) + " på " + SwedishFormat.grouped(Math.abs(f.result())) + " kronor, att jämföra med ett budgeterat "
                + surplus(f.budgetResult()) + " på " + SwedishFormat.tkr(Math.abs(f.budgetResult()), "-") + " tkr.");
        d.kr("costs_total", "", y, end, "actual", f.costs(), Place.PROSE, "prose_costs");
        d.kr("result", "", y, end, "actual", f.result(), Place.PROSE, "prose_result");
        d.tkr("result", "", y, end, "budget", f.budgetResult(), Place.PROSE, "prose_result");
        long share = Math.round(f.equityToContributions());
        d.para("Det egna kapitalet uppgår vid årets slut till " + c.tkr(f.equity()) + " tkr, vilket motsvarar " + share
                + " % av medlemsbidragen.");
        d.tkr("equity", "", y, end, "actual", f.equity(), Place.PROSE, "prose_equity");
        d.percent("equity_to_contributions_reported", "", y, end, share, false, Place.PROSE, "prose_equity_share");
    }

    /** "Medelstilldelningen från medlemmarna uppgick 2023 till 2 840 tkr …" */
    static void financing(DocumentDraft d, ReportContext c) {
        YearFinance f = c.now();
        d.para("Under " + c.year() + " uppgick medelstilldelningen från förbundets medlemmar till " + c.tkr(f.contributionTotal())
                + " tkr. Staten bidrar genom Försäkringskassan med hälften, " + c.association().region()
                + " med en fjärdedel och kommunerna " + c.municipalityList()
                + " med resterande fjärdedel, fördelad efter antalet invånare.");
        d.tkr("contribution_total", "", c.year(), ReportContext.yearEnd(c.year()), "actual", f.contributionTotal(), Place.PROSE,
                "prose_contribution_total");
    }

    static String surplus(long result) {
        return result < 0 ? "underskott" : "överskott";
    }
}
