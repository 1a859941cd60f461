package se.finsambench.pipeline.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rest of a figure wrapped in a narrow column ("-3 676" over "590"): digit groups alone, which a line of
 * their own holds under an empty label or under the lower-case rest of one ("intäkter    188    971").
 */
final class FigureRests {

    private static final Pattern REST = Pattern.compile("\\d{3}(?:,\\d+)?(?: ?%)?(?: \\d{3}(?:,\\d+)?(?: ?%)?)*");

    private FigureRests() {
    }

    /** Whether a cell is only the wrapped rest of a figure ("590", "388 481"). */
    static boolean isRest(String text) {
        return REST.matcher(text).matches();
    }

    /** Whether a line holds only rests of figures, apart by gaps, under an empty or lower-case label. */
    static boolean isRestLine(String line) {
        List<String> c = PlainTextTables.cells(line);
        if (c == null || c.size() < 2 || !c.get(0).isEmpty() && !Character.isLowerCase(c.get(0).charAt(0))) {
            return false;
        }
        return c.subList(1, c.size()).stream().allMatch(FigureRests::isRest);
    }

    /**
     * When the line under row {@code at} holds the rests of its figures ("Årets resultat  -405  125" over
     * "155  388"), which cannot be joined one for one, the row is left unread and the line below becomes part of it.
     */
    static boolean dropWrapped(List<String> lines, List<String> out, boolean[] taken, int at) {
        String label = label(lines.get(at));
        if (!isRestLine(lines.get(at + 1)) || label.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        String rest = PlainTextTables.cells(lines.get(at + 1)).get(0);
        out.set(at, (label + " " + rest).strip() + "\t" + PlainTextTables.UNPLACED);
        out.set(at + 1, "");
        taken[at + 1] = true;
        return true;
    }

    private static String label(String line) {
        List<String> c = PlainTextTables.cells(line);
        if (c != null) {
            return c.get(0);
        }
        String[] flat = PlainTextTables.splitFlat(line);
        return flat == null ? line.strip() : flat[0];
    }
}
