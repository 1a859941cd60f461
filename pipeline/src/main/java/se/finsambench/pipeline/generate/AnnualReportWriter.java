package se.finsambench.pipeline.generate;

import java.time.LocalDate;
import se.finsambench.pipeline.generate.HouseStyle.AnnualLayout;

/** Writes an annual report in the association's house style, with some variation by year. */
final class AnnualReportWriter {

    private AnnualReportWriter() {
    }

    static DocumentDraft write(ReportContext c) {
        DocumentDraft d = new DocumentDraft();
        AnnualLayout layout = c.association().style().annual();
        switch (layout) {
            case KR_STATEMENTS -> krStatements(d, c);
            case TKR_STATEMENTS -> tkrStatements(d, c);
            case PROFILES -> profiles(d, c);
        }
        return d;
    }

    private static LocalDate decided(ReportContext c) {
        return LocalDate.of(c.year() + 1, 3, 10 + c.random().nextInt(18));
    }

    private static String name(ReportContext c) {
        return c.association().name();
    }

    private static void chair(DocumentDraft d, ReportContext c) {
        d.para("Ordföranden har ordet");
        d.para("Inom " + name(c) + " möts " + c.association().region() + ", Försäkringskassan, Arbetsförmedlingen och kommunerna "
                + c.municipalityList() + " för att fler invånare ska kunna försörja sig själva. Året har präglats av ett nära samarbete "
                + "mellan parterna och av engagerade medarbetare i insatserna.");
    }

    private static void krStatements(DocumentDraft d, ReportContext c) {
        d.para(name(c)).para("Årsredovisning").para("" + c.year()).para("Beslutad av styrelsen " + decided(c))
                .para("Organisationsnummer " + c.association().orgNumber());
        chair(d, c);
        d.row("Innehållsförteckning", "", "Sida").row("1.", "Förvaltningsberättelse", "3").row("2.", "Resultaträkning", "9")
                .row("3.", "Balansräkning", "10").row("4.", "Driftredovisning", "11").row("5.", "Noter", "12").blank();
        d.para("1. Förvaltningsberättelse");
        d.para("Styrelsen för " + name(c) + " lämnar här årsredovisningen för verksamhetsåret " + c.year()
                + ". Förbundet arbetar enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser och har sitt säte i "
                + c.association().seat().name() + ".");
        d.para("Finansiering");
        ActivityProse.financing(d, c);
        d.para("1.1 Översikt över verksamhetens utveckling");
        OverviewTables.fiveYearTkr(d, c);
        d.para("Resultat på individnivå");
        ActivityProse.participants(d, c);
        d.para("1.2 Styrning och uppföljning av verksamheten");
        ActivityProse.boardMeetings(d, c, false);
        if (c.association().style().nnsTable()) {
            ProfileTables.nns(d, c);
        }
        d.para("1.3 God ekonomisk hushållning och ekonomisk ställning");
        ActivityProse.economyTkr(d, c);
        d.para("2. Resultaträkning");
        FinancialStatements.incomeStatement(d, c, false);
        d.para("3. Balansräkning");
        FinancialStatements.balanceSheetCreditNegative(d, c);
        d.para("4. Driftredovisning");
        OperatingStatements.splitHeader(d, c, false, false);
        d.para("5. Noter");
        NoteTables.contributions(d, c, "Not 2. Verksamhetens intäkter", false);
        NoteTables.costsByLine(d, c, "Not 3. Verksamhetens kostnader");
        NoteTables.liabilities(d, c, "Not 5. Kortfristiga skulder", false);
        signatures(d, c);
    }

    private static void tkrStatements(DocumentDraft d, ReportContext c) {
        d.blank().para("Årsredovisning " + c.year() + ".").para("Beslutad av styrelsen " + decided(c)).blank();
        if (c.association().style().prefixName()) {
            d.para(name(c));
        } else {
            d.line("Samordningsförbundet").para(c.association().place());
        }
        d.line("Innehåll").row("1. Förvaltningsberättelse", "3").row("2. Måluppfyllelse", "7").row("3. Resultaträkning", "10")
                .row("4. Balansräkning", "11").row("5. Driftredovisning", "12").row("6. Noter", "13").blank();
        d.para("1. Förvaltningsberättelse");
        d.para("1.1. Om förbundet");
        d.para(name(c) + " (organisationsnummer " + c.association().orgNumber() + ") har som medlemmar Arbetsförmedlingen, "
                + "Försäkringskassan, " + c.association().region() + " samt kommunerna " + c.municipalityList() + ".");
        ActivityProse.boardMeetings(d, c, true);
        d.para("1.2. Översikt över verksamhetens utveckling");
        d.para("Tabell över förbundets ekonomiska utveckling över tid.");
        OverviewTables.fiveYearKr(d, c, false);
        d.para("1.3. Viktiga förhållanden för resultat och ekonomisk ställning");
        ActivityProse.economyKr(d, c);
        d.para("1.4. Deltagare och resultat");
        ActivityProse.participants(d, c);
        if (c.year() % 2 == 0) {
            ActivityProse.participantsList(d, c);
        }
        if (c.association().style().nnsTable()) {
            ProfileTables.nns(d, c);
        }
        d.para("2. Måluppfyllelse");
        d.row("Mål", "Resultat");
        d.row("<p>Gemensam kompetensutveckling</p> <p>Mål: minst två utbildningstillfällen för parternas handläggare.</p>",
                "<p>" + (2 + c.random().nextInt(3)) + " utbildningsdagar har genomförts.</p> <p>Totalt deltog "
                        + (30 + c.random().nextInt(90)) + " handläggare.</p>");
        d.row("<p>Uppföljning</p> <ul><li>Mål: en gemensam lägesbild av målgruppen.</li></ul>",
                "<p>Lägesbilden presenterades för styrelsen under hösten.</p>");
        d.blank();
        d.para("3. Resultaträkning");
        FinancialStatements.incomeStatement(d, c, true);
        d.para("4. Balansräkning");
        FinancialStatements.balanceSheet(d, c, true, true);
        d.para("5. Driftredovisning");
        OperatingStatements.budgetColumns(d, c);
        d.para("6. Noter");
        NoteTables.contributions(d, c, "Not 1. Verksamhetens intäkter", true);
        NoteTables.costCategories(d, c, "Not 2. Verksamhetens kostnader");
        NoteTables.liabilities(d, c, "Not 4. Kortfristiga skulder", true);
        signatures(d, c);
    }

    private static void profiles(DocumentDraft d, ReportContext c) {
        d.blank().para("Årsredovisning " + c.year()).para("Organisationsnummer: " + c.association().orgNumber())
                .para("Beslutad av styrelsen: " + decided(c));
        chair(d, c);
        d.para("1. Förvaltningsberättelse");
        d.para(name(c) + " är en fristående juridisk organisation med Arbetsförmedlingen, Försäkringskassan, "
                + c.association().region() + " samt kommunerna " + c.municipalityList() + " som medlemmar.");
        d.para("1.1. Översikt över verksamhetens utveckling");
        OverviewTables.fiveYearKr(d, c, true);
        OverviewTables.contributions(d, c);
        d.para("1.5 God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning");
        OverviewTables.costCategories(d, c);
        long share = Math.round(c.now().equityToContributions());
        d.para("Det egna kapitalet motsvarar vid årets slut " + share + " % av medlemsbidragen"
                + (share > 20 ? " och ligger därmed över det rekommenderade taket om 20 %." : " och understiger rekommenderat tak om 20 %."));
        d.percent("equity_to_contributions_reported", "", c.year(), ReportContext.yearEnd(c.year()), share, false, Place.PROSE,
                "prose_equity_share");
        d.para("1.5.5 Uppföljning och resultat för individinriktade insatser");
        boolean flawed = c.chance(0.25);
        ProfileTables.profiles(d, c, flawed);
        ActivityProse.boardMeetings(d, c, false);
        if (c.association().style().nnsTable()) {
            d.para("1.5.7 Redovisning av indikatorer för finansiell samordning, år " + c.year());
            ProfileTables.nns(d, c);
        }
        d.para("2. Resultaträkning");
        FinancialStatements.incomeStatement(d, c, false);
        d.para("3. Balansräkning");
        FinancialStatements.balanceSheet(d, c, false, false);
        d.para("5. Driftredovisning");
        boolean tkrFlaw = c.chance(0.2);
        OperatingStatements.splitHeader(d, c, true, tkrFlaw);
        d.para("6. Noter");
        NoteTables.contributions(d, c, "Not 2. Verksamhetens intäkter", false);
        NoteTables.liabilities(d, c, "Not 5. Kortfristiga skulder", false);
        signatures(d, c);
    }

    private static void signatures(DocumentDraft d, ReportContext c) {
        d.para("Styrelsens underskrifter");
        d.para(c.association().seat().name() + " " + LocalDate.of(c.year() + 1, 3, 28));
        d.line("Ordförande").line("Vice ordförande").line("Ledamot");
    }
}
