package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.read.TextDocument;

class PlainTextTablesTest {

    @Test
    void flattenedRowsSplitIntoAsManyNumbersAsTheHeaderHasYears() {
        List<String> out = PlainTextTables.tabulate(List.of(
                "År 2023 2022 2021 2020 2019",
                "Verksamhetens intäkter 3 056 3 076 3 084 3 126 3 076",
                "Årets resultat -621 -280 -254 46 -443",
                "Soliditet 90,9 % 95,4 % 96,1 % 94,9 % 96,0 %"));
        assertEquals("År\t2023\t2022\t2021\t2020\t2019", out.get(0));
        assertEquals("Verksamhetens intäkter\t3 056\t3 076\t3 084\t3 126\t3 076", out.get(1));
        assertEquals("Årets resultat\t-621\t-280\t-254\t46\t-443", out.get(2));
    }

    @Test
    void aRowThatSplitsMoreThanOneWayIsLeftAlone() {
        List<String> out = PlainTextTables.tabulate(List.of("År 2023 2022", "Summa 123 456 789 123"));
        assertEquals("Summa\t" + PlainTextTables.UNPLACED, out.get(1));
    }

    @Test
    void aTableCopiedOneCellPerLineBecomesRowsOnTheirLabelsLines() {
        List<String> out = PlainTextTables.tabulate(List.of("Belopp, mkr", "", "NOT", "", "2017", "", "2016", "",
                "Verksamhetens intäkter", "", "1", "", "1 136", "", "1 214", "", "Årets resultat", "", "", "462", "", "143"));
        assertEquals("\tNOT\t2017\t2016", out.get(2));
        assertEquals("Verksamhetens intäkter\t1\t1 136\t1 214", out.get(8));
        assertEquals("Årets resultat\t\t462\t143", out.get(16));
        assertEquals("", out.get(19), "a cell's line is taken into its row");
    }

    @Test
    void spaceAlignedColumnsBecomeCellsAndAMissingNoteCellIsPlacedFirst() {
        List<String> out = PlainTextTables.tabulate(List.of(
                "Belopp i kr.    Not    2023-12-31    2022-12-31",
                "Tillgångar",
                "Fordringar    4    95 782    203 903",
                "Kassa och bank      1 281 068     1 757 672",
                "Det var  en bra dag."));
        assertEquals("Belopp i kr.\tNot\t2023-12-31\t2022-12-31", out.get(0));
        assertEquals("Tillgångar\t", out.get(1));
        assertEquals("Fordringar\t4\t95 782\t203 903", out.get(2));
        assertEquals("Kassa och bank\t\t1 281 068\t1 757 672", out.get(3));
        assertEquals("Det var  en bra dag.", out.get(4));
    }

    @Test
    void aRowWhoseEmptyCellsCannotBePlacedKeepsOnlyItsLabel() {
        List<String> out = PlainTextTables.tabulate(List.of(
                "Belopp tkr    Budget 2023    Utfall 2023    Avvikelse 2023    Utfall 2022",
                "Ungsam    -1 085    -1 071    14",
                "Kansli    -830    -860    -30    -717"));
        assertEquals("Ungsam\t" + PlainTextTables.UNPLACED, out.get(1));
        assertEquals("Kansli\t-830\t-860\t-30\t-717", out.get(2));
    }

    @Test
    void aFiveYearOverviewWithoutTabsIsReadLikeOneWithTabs() {
        ExtractionResult r = ReportExtractor.withDefaults().extract(new TextDocument("t.txt", "txt", List.of(
                "Årsredovisning 2023", "Samordningsförbundet Norra Ekbygden", "",
                "1.1 Översikt över verksamhetens utveckling", "(Alla redovisade belopp i tkr)", "",
                "År 2023 2022 2021 2020 2019",
                "Verksamhetens intäkter 3 056 3 076 3 084 3 126 3 076",
                "Soliditet 90,9 % 95,4 % 96,1 % 94,9 % 96,0 %")));
        Fact revenue2021 = r.facts().stream().filter(f -> f.concept().equals("revenue_total") && f.fiscalYear() == 2021)
                .findFirst().orElseThrow();
        assertEquals(3_084_000, revenue2021.value());
        assertEquals(8, revenue2021.sourceLine());
    }
}
