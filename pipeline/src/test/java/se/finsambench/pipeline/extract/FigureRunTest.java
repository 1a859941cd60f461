package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureRunTest {

    private static final FigureRun.Slot N = FigureRun.Slot.NOTE;
    private static final FigureRun.Slot V = FigureRun.Slot.VALUE;

    @Test
    void fiveHeadCountsWhereTheSpaceIsAlsoTheThousandsSeparator() {
        assertEquals(List.of("1 015", "988", "979", "1 044", "1 102"),
                FigureRun.split("1 015 988 979 1 044 1 102", List.of(V, V, V, V, V), new int[5], new int[5]));
    }

    @Test
    void noteNumbersListsAndDashSpaceMinus() {
        assertEquals(List.of("1", "10 932", "11 397", "26 287", "26 720"),
                FigureRun.split("1 10 932 11 397 26 287 26 720", List.of(N, V, V, V, V), new int[] {-1, 0, 0, 1, 1}, new int[5]));
        assertEquals(List.of("2, 3, 17", "-39 658", "-41 140", "-50 016", "-51 646"),
                FigureRun.split("2, 3, 17 -39 658 -41 140 -50 016 -51 646", List.of(N, V, V, V, V), new int[] {-1, 0, 0, 1, 1},
                        new int[5]));
        assertEquals(List.of("2", "-1 628,5", "-1 616,0", "2", "-1 712,9", "-1 707,6"),
                FigureRun.split("2 – 1 628,5 – 1 616,0 2 – 1 712,9 – 1 707,6", List.of(N, V, V, N, V, V),
                        new int[] {-1, 0, 0, -1, 1, 1}, new int[6]));
    }

    @Test
    void anEmptyNoteIsPlacedWhenTheNotesWouldRunBackwards() {
        // Note 7 stood above: "1 792" cannot be note 1 and 792.
        assertEquals(List.of("", "1 792", "1 504", "2 355", "2 220"),
                FigureRun.split("1 792 1 504 2 355 2 220", List.of(N, V, V, V, V), new int[] {-1, 0, 0, 1, 1}, new int[] {7, 0, 0, 0, 0}));
    }

    @Test
    void aRowThatCouldHideAnEmptyCellIsNotPlaced() {
        // "4 764  2 063  2 701  (empty)" under four columns: 4 | 764 | 2 063 | 2 701 fits the digits, not the figures.
        assertNull(FigureRun.split("4 764 2 063 2 701", List.of(V, V, V, V), new int[4], new int[4]));
        assertNull(FigureRun.split("Summa", List.of(V), new int[1], new int[1]));
    }
}
