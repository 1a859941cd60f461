package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    private final DocumentReader reader = new DocumentReader();

    private List<String> read(String markdown) throws Exception {
        return reader.read("rapport.md", markdown.getBytes(UTF_8)).lines();
    }

    @Test
    void headingMarksAndBoldAreStripped() throws Exception {
        assertEquals(List.of("Resultaträkning", "Årets resultat blev 4,3 milj kr", "Rubrik"),
                read("## Resultaträkning\n**Årets resultat** blev __4,3 milj kr__\n# Rubrik #\n"));
    }

    @Test
    void boldSpanningSeveralLinesLosesItsMarkers() throws Exception {
        assertEquals(List.of("Postadress Söderåsens samordningsförbund", "265 80 Åstorp"),
                read("**Postadress Söderåsens samordningsförbund\n265 80 Åstorp**\n"));
    }

    @Test
    void pipeTablesBecomeTabSeparatedCellsAndTheSeparatorAnEmptyRowSoLineNumbersHold() throws Exception {
        String table = """
                | Belopp i kr. | Not | 2023 | 2022 |
                |---|:---:|---:|---:|
                | Verksamhetens intäkter | 2 | 3 055 998 | 3 076 034 |
                | Avskrivningar |  | - | - |
                """;
        assertEquals(List.of("Belopp i kr.\tNot\t2023\t2022", "\t\t\t",
                "Verksamhetens intäkter\t2\t3 055 998\t3 076 034",
                "Avskrivningar\t\t-\t-"), read(table));
    }

    @Test
    void escapedPipeStaysInsideItsCell() throws Exception {
        assertEquals(List.of("a | b\tc"), read("| a \\| b | c |"));
    }

    @Test
    void snakeCaseWordsAreNotTakenForBold() throws Exception {
        assertEquals(List.of("fil__namn och __init__x"), read("fil__namn och __init__x"));
    }
}
