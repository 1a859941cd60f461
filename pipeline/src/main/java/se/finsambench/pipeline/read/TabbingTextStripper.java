package se.finsambench.pipeline.read;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text stripper that keeps table columns: where the horizontal gap between two words on a line is
 * clearly wider than a word space, it writes a TAB instead of a space. Tables then come out as
 * tab-separated cells, the same shape as the .txt reports. An empty cell leaves no trace in a PDF,
 * so it cannot be recovered here: later cells of such a row shift one column to the left.
 */
final class TabbingTextStripper extends PDFTextStripper {
    /** A gap wider than this many average character widths separates cells. */
    static final float CELL_GAP_IN_CHARS = 1.5f;
    /** ...and wider than this many space widths, so loosely justified prose stays one cell. */
    static final float CELL_GAP_IN_SPACES = 2.5f;

    private List<TextPosition> previousWord;
    private char lastWritten = '\n';

    TabbingTextStripper() {
        setSortByPosition(true);
        setLineSeparator("\n");
        setWordSeparator(" ");
        setPageStart("");
        setPageEnd("\n");
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        Cancellation.check();
        previousWord = null;
        super.startPage(page);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        previousWord = null;
        super.writeLineSeparator();
        lastWritten = '\n';
    }

    /** Separators are decided in {@link #writeString(String, List)}, where both neighbours are known. */
    @Override
    protected void writeWordSeparator() {
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        Cancellation.check();
        if (previousWord != null && !positions.isEmpty() && !text.isEmpty()) {
            String separator = separator(previousWord, positions);
            boolean spaceAlready = lastWritten == ' ' || Character.isWhitespace(text.charAt(0));
            if (separator.equals("\t") || !spaceAlready) {
                output.write(separator);
            }
        }
        output.write(text);
        if (!text.isEmpty()) {
            lastWritten = text.charAt(text.length() - 1);
        }
        previousWord = positions;
    }

    /** TAB when the gap between the two words is a column gap, else a space. */
    static String separator(List<TextPosition> left, List<TextPosition> right) {
        TextPosition last = left.get(left.size() - 1);
        TextPosition first = right.get(0);
        float gap = first.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
        return gap > cellGapThreshold(left, right) ? "\t" : " ";
    }

    static float cellGapThreshold(List<TextPosition> left, List<TextPosition> right) {
        float sum = 0;
        int count = 0;
        for (List<TextPosition> word : List.of(left, right)) {
            for (TextPosition p : word) {
                if (!p.getUnicode().isBlank() && p.getWidthDirAdj() > 0) {
                    sum += p.getWidthDirAdj();
                    count++;
                }
            }
        }
        float fontSize = right.get(0).getFontSizeInPt();
        float averageChar = count > 0 ? sum / count : fontSize * 0.5f;
        float space = right.get(0).getWidthOfSpace();
        if (!(space > 0) || Float.isInfinite(space)) {
            space = fontSize * 0.25f;
        }
        return Math.max(CELL_GAP_IN_CHARS * averageChar, CELL_GAP_IN_SPACES * space);
    }
}
