package se.finsambench.pipeline.generate;

import java.util.List;
import java.util.Map;

/** Two-column insats profiles and the NNS indicator table of the profiles family. */
final class ProfileTables {

    private static final Map<Integer, String> INDICATORS = Map.ofEntries(
            Map.entry(1, "Deltagarna upplever att stödet utgår från deras egna behov"),
            Map.entry(2, "Deltagarna har inflytande över sin rehabilitering"),
            Map.entry(3, "Rehabiliteringen får ta den tid den behöver"),
            Map.entry(4, "Någon håller ihop deltagarens samordnade stöd"),
            Map.entry(5, "Deltagaren har fått stöd att hantera sin hälsa och sina begränsningar"),
            Map.entry(6, "Det finns en fortsatt planering när insatsen avslutas"),
            Map.entry(7, "Deltagaren har kommit närmare arbete eller egen försörjning"),
            Map.entry(8, "Personalen känner sig respekterad av andra myndigheters medarbetare"),
            Map.entry(9, "Deltagarnas erfarenheter tas tillvara systematiskt"),
            Map.entry(10, "Arbetsgivare och civilsamhälle ingår i arbetet"),
            Map.entry(11, "Resultaten för deltagarna håller över tid"),
            Map.entry(12, "Det finns strukturer för att bygga och vårda relationer mellan parterna"),
            Map.entry(13, "Arbetet sker över sektorsgränserna"),
            Map.entry(14, "Det finns en tydlig strategi för uppföljning"),
            Map.entry(15, "Nya förebyggande insatser växer fram ur samverkan"),
            Map.entry(16, "Mänskliga rättigheter och jämlikhet präglar samverkan"));

    private ProfileTables() {
    }

    /**
     * One profile per individual insats. With {@code flawed} the goal cell says the insats helped a
     * few more participants than the "Antal deltagare" row — a figure stated twice with two values.
     */
    static void profiles(DocumentDraft d, ReportContext c, boolean flawed) {
        YearFinance f = c.now();
        boolean first = true;
        for (Map.Entry<String, Participants> e : f.participants().entrySet()) {
            String name = e.getKey();
            Participants p = e.getValue();
            long budget = f.lineBudget().get(name);
            long cost = f.lineCosts().get(name);
            long perParticipant = Math.round((double) cost / p.total());
            String m = "intervention:" + name;
            var end = ReportContext.yearEnd(c.year());
            d.para(name);
            d.row(name, "");
            d.row("Projektägare", c.association().seat().asKommun());
            d.row("Syfte", "Att deltagaren ska närma sig egen försörjning genom arbete eller studier.");
            d.row("Antal deltagare", p.total() + " deltagare");
            d.row("Könsfördelning", Math.round(100.0 * p.women() / p.total()) + "% kvinnor och "
                    + (100 - Math.round(100.0 * p.women() / p.total())) + "% män");
            d.row("Resultat", "<p>Av de " + p.exits() + " avslutade deltagarna har " + Math.round(100.0 * p.exitsWorkOrStudies() / Math.max(1, p.exits()))
                    + "% gått vidare till arbete eller studier.</p> <p>Övriga har fått fortsatt stöd hos någon av parterna.</p>");
            d.row("Budget", SwedishFormat.grouped(budget) + " kr.");
            d.row("Utfall", SwedishFormat.grouped(cost) + " kr.");
            d.row("Kostnad/deltagare", SwedishFormat.grouped(perParticipant) + " kr/deltagare");
            d.count("participants_total", m, c.year(), end, p.total(), Place.TABLE, "profile_table");
            d.count("exits_total", m, c.year(), end, p.exits(), Place.TABLE, "profile_html_cell");
            d.percent("exits_work_or_studies_share_reported", m, c.year(), end,
                    Math.round(100.0 * p.exitsWorkOrStudies() / Math.max(1, p.exits())), false, Place.TABLE, "profile_html_cell");
            d.kr("intervention_cost", m, c.year(), end, "budget", budget, Place.TABLE, "profile_table");
            d.kr("intervention_cost", m, c.year(), end, "actual", cost, Place.TABLE, "profile_table");
            d.kr("cost_per_participant_reported", m, c.year(), end, "actual", perParticipant, Place.TABLE, "profile_table");
            if (flawed && first) {
                int said = p.total() + 3 + c.random().nextInt(8);
                d.row("Måluppfyllelse", "God. Insatsen har under " + c.year() + " gett stöd till " + said + " deltagare.");
                String note = "deltagare i " + name + ": " + p.total() + " i tabellen, " + said + " i texten";
                d.flaw(note);
                d.flawed(new Statement("participants_total", m, c.year(), end, "actual", said, 0, 0.5, Place.PROSE,
                        "profile_goal_cell", note));
            } else {
                d.row("Måluppfyllelse", "God");
            }
            d.blank();
            first = false;
        }
    }

    /** "Nr / Indikator / … jämfört med rikssnittet / own year / own year vs last year" with "Högre 76 / 86" cells. */
    static void nns(DocumentDraft d, ReportContext c) {
        int y = c.year();
        String place = c.association().place();
        Map<Integer, Integer> own = c.now().nns();
        Map<Integer, Integer> last = c.before().nns();
        d.para("Resultat för indikatorerna, andel klart positiva svar.");
        d.row("Nr", "Indikator", "Resultat i % jämfört med rikssnittet /" + place + " " + y,
                "Resultat i % för " + place + " " + y + " jämfört med " + place + " " + (y - 1));
        for (int i = 1; i <= 16; i++) {
            if (!NnsNational.MEASURED.contains(i)) {
                d.row("" + i, INDICATORS.get(i), "Mått under utveckling", "");
                continue;
            }
            int national = c.national().average(y, i);
            int mine = own.get(i);
            int before = last.get(i);
            d.row("" + i, INDICATORS.get(i), compare(mine, national) + " " + national + " / " + mine,
                    compare(mine, before) + " " + mine + " / " + before);
            var end = ReportContext.yearEnd(y);
            d.count("nns_indicator_national", "indicator:" + i, y, end, national, Place.TABLE, "nns_table");
            d.count("nns_indicator", "indicator:" + i, y, end, mine, Place.TABLE, "nns_table");
            d.count("nns_indicator", "indicator:" + i, y - 1, ReportContext.yearEnd(y - 1), before, Place.TABLE, "nns_table");
        }
        d.blank();
    }

    private static String compare(int a, int b) {
        return a > b ? "Högre" : a < b ? "Lägre" : "Lika";
    }

    static List<Integer> measured() {
        return NnsNational.MEASURED;
    }
}
