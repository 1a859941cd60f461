package se.finsambench.pipeline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lines a page break leaves in text converted from a PDF: page numbers ("4", "Sida 4 av 5", "16 (19)") under a
 * blank line, and the running header or footer beside them, which repeats on every page. A table that goes on over a page break
 * has them between its rows.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)(?:sida|page|s\\.)?\\s*[-–]?\\s*\\d{1,3}\\s*[-–]?(?:\\s*(?:av|of|/)\\s*\\d{1,3}|\\s*\\(\\s*\\d{1,3}\\s*\\))?");
    /** How near a page number a repeated line stands to be the page's header or footer. */
    private static final int NEAR = 3;
    private static final int LONGEST = 100;

    private PageFurniture() {
    }

    /**
     * Per line whether it is page furniture: a page number, or a line that stands near page numbers more than
     * once (a running header or footer; a caption that happens to end a page stands near one only).
     */
    static boolean[] of(List<String> lines) {
        boolean[] out = new boolean[lines.size()];
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            // A page number stands apart, under a blank line; a figure's wrapped digits stand right under the figure.
            out[i] = !l.isEmpty() && l.length() <= LONGEST && l.indexOf('\t') < 0 && SwedishNumbers.hasDigit(l)
                    && (i == 0 || lines.get(i - 1).isBlank()) && PAGE_NUMBER.matcher(l).matches();
            any |= out[i];
        }
        if (!any) {
            return out;
        }
        Map<String, Integer> nearPageNumbers = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (!out[i] && !l.isEmpty() && l.length() <= LONGEST && l.indexOf('\t') < 0 && nearPageNumber(out, i)) {
                nearPageNumbers.merge(l, 1, Integer::sum);
            }
        }
        boolean[] pageNumbers = out.clone();
        for (int i = 0; i < lines.size(); i++) {
            out[i] |= nearPageNumbers.getOrDefault(lines.get(i).strip(), 0) >= 2 && nearPageNumber(pageNumbers, i);
        }
        return out;
    }

    private static boolean nearPageNumber(boolean[] pageNumber, int at) {
        for (int k = Math.max(0, at - NEAR); k <= Math.min(pageNumber.length - 1, at + NEAR); k++) {
            if (pageNumber[k] && k != at) {
                return true;
            }
        }
        return false;
    }
}
