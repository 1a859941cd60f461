package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.read.TextDocument;

/** Small documents written for one behaviour each, in the seeds' layouts but our own words. */
class ExtractorBehaviourTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaults();

    private static ExtractionResult extract(String... lines) {
        return EXTRACTOR.extract(new TextDocument("test.txt", "txt", List.of(lines)));
    }

    private static Optional<Fact> preferred(ExtractionResult r, String concept, String member, String period, Scenario s) {
        return r.facts().stream().filter(f -> f.rank() == 1 && f.concept().equals(concept) && f.member().equals(member)
                && f.periodEnd().toString().equals(period) && f.scenario() == s).findFirst();
    }

    private static final String[] HEAD = {"Årsredovisning 2023", "", "Samordningsförbundet Norra Ekbygden",
            "Organisationsnummer 222000-1234", "Beslutad av styrelsen 2024-03-01", ""};

    private static String[] doc(String... body) {
        String[] all = new String[HEAD.length + body.length];
        System.arraycopy(HEAD, 0, all, 0, HEAD.length);
        System.arraycopy(body, 0, all, HEAD.length, body.length);
        return all;
    }

    @Test
    void readsTheDocumentsIdentityFromItsTitlePage() {
        DocumentInfo info = extract(doc("Samordningsförbundet Norra Ekbygden har fyra medlemmar.")).info();
        assertEquals("norra-ekbygden", info.associationId());
        assertEquals(DocType.ANNUAL_REPORT, info.docType());
        assertEquals(2023, info.fiscalYear());
        assertEquals("222000-1234", info.orgNumber());
        assertEquals("2024-03-01", info.decidedOn().toString());
    }

    @Test
    void aBudgetedFigureInASentenceIsNeverReadAsAnOutcome() {
        ExtractionResult r = extract(doc("Budgeten för 2023 planerade för ett underskott på 733 tkr.",
                "Årets resultat blev ett underskott på 621 tkr."));
        assertEquals(-733_000, preferred(r, "result", "", "2023-12-31", Scenario.BUDGET).orElseThrow().value());
        assertEquals(-621_000, preferred(r, "result", "", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
    }

    @Test
    void textLostInConversionYieldsNothingRatherThanANeighbouringNumber() {
        ExtractionResult r = extract(doc("Det egna kapitalet uppgår till tkr. Förbundet har 4 anställda och 2003:1210 gäller."));
        assertTrue(r.facts().stream().noneMatch(f -> f.concept().equals("equity")));
    }

    @Test
    void aBalanceSheetWithNegativeCreditSideGivesPositiveEquityFromItsParts() {
        ExtractionResult r = extract(doc("Balansräkning", "",
                "Belopp i kr.\tNot\t2023-12-31\t2022-12-31",
                "Kassa och bank\t\t1 000 000\t900 000",
                "Summa tillgångar\t\t1 000 000\t900 000",
                "Eget kapital, avsättningar och skulder\t\t\t",
                "Eget kapital\t\t-800 000\t-700 000",
                "Årets resultat\t\t100 000\t-50 000",
                "Kortfristiga skulder\t\t-300 000\t-250 000",
                "Summa eget kapital, avsättningar och skulder\t\t-1 000 000\t-900 000"));
        assertEquals(700_000, preferred(r, "equity", "", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
        assertEquals(750_000, preferred(r, "equity", "", "2022-12-31", Scenario.ACTUAL).orElseThrow().value());
        assertEquals(300_000, preferred(r, "current_liabilities", "", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
    }

    @Test
    void aHeaderSplitOverTwoLinesResolvesEachSubColumn() {
        ExtractionResult r = extract(doc("Driftredovisning", "",
                "Belopp tkr\tUtfall 2023\t\t\tBudget 2023\tAvvikelse 2023",
                "\tIntäkt\tKostnad\tNetto\tNetto\tUtfall-Budget netto",
                "Lotsen\t\t-500\t-500\t-520\t20",
                "Kansli\t\t-300\t-300\t-280\t-20"));
        assertEquals(500_000, preferred(r, "intervention_cost", "intervention:Lotsen", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
        assertEquals(520_000, preferred(r, "intervention_cost", "intervention:Lotsen", "2023-12-31", Scenario.BUDGET).orElseThrow().value());
        assertTrue(r.facts().stream().noneMatch(f -> f.value() == 20_000 || f.value() == -20_000), "deviation column read");
    }

    @Test
    void twoColumnsThatBothClaimTheSamePeriodAreNotGuessedBetween() {
        ExtractionResult r = extract(doc("Budget", "",
                "\tBudget 2024\tBudget 2024",
                "Lotsen\t-500 000 kr\t-400 000 kr"));
        assertTrue(r.facts().stream().noneMatch(f -> f.concept().equals("intervention_cost")));
        assertFalse(r.problems().isEmpty());
    }

    @Test
    void aTableThatSaysTkrButPrintsKronorIsReadAsKronor() {
        ExtractionResult r = extract(doc("Driftredovisning", "",
                "Belopp tkr\tUtfall 2023\tBudget 2023",
                "Lotsen\t1 078 603\t1 239 756"));
        assertEquals(1_078_603, preferred(r, "intervention_cost", "intervention:Lotsen", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("read as kronor")));
    }

    @Test
    void truncatedAndAbbreviatedInsatsNamesResolveToOneName() {
        ExtractionResult r = extract(doc("Insatserna är Koll på förmåga och Funktionsnedsatta i arbete (FIA). FIA och Koll på förmåga växer.",
                "", "Jan-juni 2023\tKoll på f\tFIA\tTotalt",
                "Deltagande män\t3\t4\t7",
                "Deltagande kvinnor\t5\t6\t11", "",
                "Resultaträkning", "",
                "\tUtfall 2023-06-30",
                "Kostnader\t",
                "Funktionsnedsatta i arbete (FIA)\t-100 000",
                "Metodutveckl/Koll på förmåga\t-200 000"));
        List<String> names = r.interventions().stream().map(Intervention::name).toList();
        assertTrue(names.contains("FIA") && names.contains("Koll på förmåga"), names.toString());
        assertEquals(2, names.size(), names.toString());
        assertEquals(8, preferred(r, "participants_total", "intervention:Koll på förmåga", "2023-06-30", Scenario.ACTUAL)
                .orElseThrow().value());
    }

    @Test
    void countsInSentencesGoToTheInsatsTheSentenceNames() {
        ExtractionResult r = extract(doc("Driftredovisning", "", "\tUtfall 2023", "Lotsen\t-100 000", "Brobyggarna\t-200 000", "",
                "Lotsen", "",
                "Under år 2023 har man arbetat med 36 deltagare (27 kvinnor och 9 män) varav man avslutat totalt 15 deltagare.",
                "Två deltagare (13 %) gick vidare till arbete.",
                "Inom Lotsen och Brobyggarna arbetade man med 60 deltagare under år 2023."));
        assertEquals(36, preferred(r, "participants_total", "intervention:Lotsen", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
        assertEquals(27, preferred(r, "participants_women", "intervention:Lotsen", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
        assertEquals(15, preferred(r, "exits_total", "intervention:Lotsen", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
        assertEquals(2, preferred(r, "exits_work", "intervention:Lotsen", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
        assertEquals(60, preferred(r, "participants_total", "", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
    }

    @Test
    void everyFactPointsToARealLineThatHoldsItsNumber() {
        ExtractionResult r = extract(doc("Årets resultat blev ett överskott på 1 154 885 kronor.", "",
                "Resultaträkning", "", "Belopp i kr.\t2023", "Verksamhetens intäkter\t7 509 712"));
        for (Fact f : r.facts()) {
            assertFalse(f.sourceText().isBlank(), f.toString());
        }
    }

    @Test
    void aStatedShareToWorkOrStudiesIsKeptBesideTheCounts() {
        ExtractionResult r = extract(doc("Driftredovisning", "", "\tUtfall 2023", "Lotsen\t-100 000", "",
                "Lotsen", "",
                "Av de 109 avslutade deltagarna har 50% gått vidare till arbete eller studier. Övriga har fått stöd."));
        assertEquals(109, preferred(r, "exits_total", "intervention:Lotsen", "2023-12-31", Scenario.ACTUAL).orElseThrow().value());
        Fact share = preferred(r, "exits_work_or_studies_share_reported", "intervention:Lotsen", "2023-12-31", Scenario.ACTUAL)
                .orElseThrow(() -> new AssertionError("the stated 50 % is not among " + r.facts()));
        assertEquals(50, share.value());
        assertEquals(se.finsambench.pipeline.extract.Unit.PCT, share.unit());
        assertTrue(r.facts().stream().noneMatch(f -> f.concept().equals("exits_work") && f.value() == 50), r.facts().toString());
    }
}
