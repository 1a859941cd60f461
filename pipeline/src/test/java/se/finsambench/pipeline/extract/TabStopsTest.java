package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabStopsTest {

    private static final List<String> TABBED = List.of(
            "Balansräkning\t2023-12-31\t2024-06-30\tPrognos",
            "Tillgångar\t\t\t",
            "Övriga fordringar\t222 725\t78 137\t",
            "Förutbetalda kostnader\t12 500\t\t10 000",
            "Kassa och bank\t3 783 276\t6 585 830\t",
            "\t4 006 000\t6 663 967\t",
            "Eget kapital och skulder\t\t\t",
            "Balanserat från föregående år\t2 337 024\t2 279 601\t2 279 601",
            "Årets resultat\t-57 422\t3 515 521\t-123 750",
            "Kortfristiga skulder\t1 726 399\t868 845\t",
            "\t4 006 000\t6 663 967\t");

    private static List<String> rewrite(List<String> lines, String regex, String by) {
        return lines.stream().map(l -> l.replaceAll(regex, by).stripTrailing()).toList();
    }

    @Test
    void tabsExpandedToFourSpacesEachComeBackWithTheirEmptyCells() {
        List<String> restored = TabStops.restore(rewrite(TABBED, "\t", "    "));
        assertEquals("Kassa och bank\t3 783 276\t6 585 830\t", restored.get(4));
        assertEquals("\t4 006 000\t6 663 967\t", restored.get(5));
        assertEquals("Balanserat från föregående år\t2 337 024\t2 279 601\t2 279 601", restored.get(7));
        assertEquals("Förutbetalda kostnader\t12 500\t\t10 000", restored.get(3));
        assertEquals("Tillgångar", restored.get(1), "a row of empty cells left no gap to read");
    }

    @Test
    void gapsOfMixedWidthsAreColumnsByPositionAndStayAsTheyAre() {
        List<String> aligned = new ArrayList<>();
        for (String l : TABBED) {
            String[] cells = l.split("\t", -1);
            StringBuilder b = new StringBuilder(String.format("%-32s", cells[0]));
            for (int c = 1; c < cells.length; c++) {
                b.append(String.format("%12s", cells[c]));
            }
            aligned.add(b.toString().stripTrailing());
        }
        assertEquals(aligned, TabStops.restore(aligned));
    }

    @Test
    void withoutAGapOfTwoWidthsTheEmptyCellsMayHaveBeenSqueezedOutAndNothingIsRestored() {
        List<String> collapsed = rewrite(TABBED, "\t+", "    ");
        assertEquals(collapsed, TabStops.restore(collapsed));
    }
}
