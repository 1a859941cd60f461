package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of figures that lost its column separators, split into the cells of a header's columns. A space
 * separates both thousands and cells, so "1 10 932 11 397" under "Not 2018 2019" is note 1, 10 932 and 11 397:
 * a Swedish number goes on only with groups of exactly three digits, never starts with a zero group, and carries
 * its decimals on its last group; a note cell is a small number or a list of them ("2, 3, 17", "4,5") and may be
 * empty; a dash alone is nothing, a dash before a number its minus ("– 1 628,5"). The value cells of a row share
 * one number format (as many decimals). When that still allows more than one split, notes that run backwards down
 * the table rule a split out; and figures of the same body in neighbouring years are of one size: the one split
 * whose neighbours all lie within a factor three is taken. Otherwise the run is not placed.
 */
final class FigureRun {

    /** What a column of the header holds. */
    enum Slot { NOTE, VALUE }

    private static final Pattern DASH = Pattern.compile("[-−–]");
    private static final Pattern NUMBER_PIECE = Pattern.compile("[-−–]?\\d+(?:,\\d+)?%?");
    private static final Pattern THREE = Pattern.compile("\\d{3}(?:,\\d+)?%?");
    private static final Pattern LEAD = Pattern.compile("(?:0|[1-9]\\d{0,2}|[1-9]\\d{3})(?:,\\d+)?%?");
    private static final Pattern FOUR_DIGITS = Pattern.compile("[1-9]\\d{3}");
    private static final Pattern NOTE_ONE = Pattern.compile("[1-9]\\d?");
    private static final Pattern NOTE_PAIR = Pattern.compile("[1-9]\\d?,[1-9]\\d?");
    private static final Pattern NOTE_LISTED = Pattern.compile("[1-9]\\d?,");
    private static final int MAX_CANDIDATES = 64;
    /** Neighbouring years of one body differ by less than this factor. */
    private static final double EVEN = 3.0;

    private FigureRun() {
    }

    private record Cell(String text, int notes, int maxNote, int decimals, double value, boolean dash) {
    }

    /**
     * @param slots    the header's value columns in order
     * @param groups   per slot, the body and run of years it belongs to (neighbouring VALUE slots of one group
     *                 are compared in size); -1 for notes
     * @param lastNote per slot, the largest note number an earlier row of the table had in it (0: none)
     * @return one string per slot ("" for an empty note), or null when the run cannot be placed
     */
    static List<String> split(String figures, List<Slot> slots, int[] groups, int[] lastNote) {
        String[] pieces = figures.strip().split("\\s+");
        for (String p : pieces) {
            if (!DASH.matcher(p).matches() && !NUMBER_PIECE.matcher(p).matches() && !NOTE_LISTED.matcher(p).matches()) {
                return null;
            }
        }
        List<List<Cell>> found = new ArrayList<>();
        walk(pieces, 0, slots, 0, new ArrayList<>(), found);
        found.removeIf(c -> !sameFormat(c, slots));
        if (found.size() > 1) {
            List<List<Cell>> forward = found.stream().filter(c -> notesRunForward(c, slots, lastNote)).toList();
            found = forward.isEmpty() ? found : new ArrayList<>(forward);
        }
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() > 1) {
            // Figures of one body in neighbouring years are of one size: of several splits, the one whose
            // neighbours are all within a factor three is taken when it is the only such split.
            List<List<Cell>> even = found.stream().filter(c -> even(c, slots, groups)).toList();
            if (even.size() != 1) {
                return null;
            }
            found = even;
        }
        List<String> out = new ArrayList<>();
        for (Cell c : found.get(0)) {
            out.add(c.text());
        }
        return out;
    }

    private static void walk(String[] pieces, int at, List<Slot> slots, int slot, List<Cell> current, List<List<Cell>> found) {
        if (found.size() >= MAX_CANDIDATES) {
            return;
        }
        if (slot == slots.size()) {
            if (at == pieces.length) {
                found.add(List.copyOf(current));
            }
            return;
        }
        if (slots.get(slot) == Slot.NOTE) {
            current.add(new Cell("", 0, 0, -1, 0, false));
            walk(pieces, at, slots, slot + 1, current, found);
            current.remove(current.size() - 1);
            for (int end = at + 1; end <= pieces.length; end++) {
                Cell note = note(pieces, at, end);
                if (note != null) {
                    current.add(note);
                    walk(pieces, end, slots, slot + 1, current, found);
                    current.remove(current.size() - 1);
                }
            }
            return;
        }
        for (int end = at + 1; end <= pieces.length; end++) {
            Cell value = value(pieces, at, end);
            if (value != null) {
                current.add(value);
                walk(pieces, end, slots, slot + 1, current, found);
                current.remove(current.size() - 1);
            }
        }
    }

    private static Cell note(String[] pieces, int from, int to) {
        if (to - from == 1 && (NOTE_ONE.matcher(pieces[from]).matches() || NOTE_PAIR.matcher(pieces[from]).matches())) {
            return noteCell(pieces[from]);
        }
        for (int i = from; i < to - 1; i++) {
            if (!NOTE_LISTED.matcher(pieces[i]).matches()) {
                return null;
            }
        }
        return to - from > 1 && NOTE_ONE.matcher(pieces[to - 1]).matches() ? noteCell(String.join(" ", List.of(pieces).subList(from, to))) : null;
    }

    private static Cell noteCell(String text) {
        int max = 0;
        int count = 0;
        for (String n : text.split("[,\\s]+")) {
            max = Math.max(max, Integer.parseInt(n));
            count++;
        }
        return new Cell(text, count, max, -1, 0, false);
    }

    private static Cell value(String[] pieces, int from, int to) {
        int at = from;
        boolean minus = false;
        if (DASH.matcher(pieces[at]).matches()) {
            if (to - from == 1) {
                return new Cell(pieces[at], 0, 0, -1, 0, true);
            }
            minus = true;
            at++;
        }
        String lead = pieces[at];
        if (lead.charAt(0) == '-' || lead.charAt(0) == '−' || lead.charAt(0) == '–') {
            if (minus) {
                return null;
            }
            minus = true;
            lead = lead.substring(1);
        }
        if (!LEAD.matcher(lead).matches()) {
            return null;
        }
        StringBuilder digits = new StringBuilder(lead);
        for (int i = at + 1; i < to; i++) {
            // "1998 222,9" is a year and a figure: four digits are written unseparated or as "1 998".
            if (digits.indexOf(",") >= 0 || digits.indexOf("%") >= 0 || !THREE.matcher(pieces[i]).matches()
                    || FOUR_DIGITS.matcher(lead).matches()) {
                return null;
            }
            digits.append(' ').append(pieces[i]);
        }
        String text = (minus ? "-" : "") + digits;
        String plain = digits.toString().replace(" ", "").replace("%", "");
        int comma = plain.indexOf(',');
        int decimals = comma < 0 ? 0 : plain.length() - comma - 1;
        double v = Double.parseDouble(plain.replace(',', '.')) * (minus ? -1 : 1);
        return new Cell(text, 0, 0, decimals, v, false);
    }

    /**
     * The value cells of a row carry as many decimals (one decimal in mnkr, none in kr); "4,5" is a pair of notes
     * only where the figures have no decimals (else it reads as a figure).
     */
    private static boolean sameFormat(List<Cell> cells, List<Slot> slots) {
        int decimals = -1;
        boolean notePair = false;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (slots.get(i) == Slot.NOTE) {
                notePair |= NOTE_PAIR.matcher(c.text()).matches();
                continue;
            }
            if (c.dash()) {
                continue;
            }
            if (decimals >= 0 && c.decimals() != decimals) {
                return false;
            }
            decimals = c.decimals();
        }
        return !(notePair && decimals > 0);
    }

    private static boolean notesRunForward(List<Cell> cells, List<Slot> slots, int[] lastNote) {
        for (int i = 0; i < cells.size(); i++) {
            if (slots.get(i) == Slot.NOTE && cells.get(i).notes() > 0 && cells.get(i).maxNote() < lastNote[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether neighbouring years of one body are all within a factor {@value #EVEN} of each other. */
    private static boolean even(List<Cell> cells, List<Slot> slots, int[] groups) {
        int previous = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (slots.get(i) != Slot.VALUE || cells.get(i).dash()) {
                continue;
            }
            if (previous >= 0 && groups[previous] == groups[i]) {
                double a = Math.abs(cells.get(previous).value()) + 1;
                double b = Math.abs(cells.get(i).value()) + 1;
                if (Math.max(a, b) / Math.min(a, b) > EVEN) {
                    return false;
                }
            }
            previous = i;
        }
        return true;
    }

    /**
     * The note a placed note cell points to first, 0 for an empty one: the number the next rows' notes go on from
     * ("12, 25" is note 12 with a reference to 25; a note cell is in order when its largest number is not below it).
     */
    static int noteNumber(String cell) {
        if (cell.isBlank() || !cell.strip().matches("[1-9]\\d?(?:,\\s?[1-9]\\d?)*")) {
            return 0;
        }
        int min = Integer.MAX_VALUE;
        for (String n : cell.split("[,\\s]+")) {
            min = Math.min(min, Integer.parseInt(n));
        }
        return min;
    }
}
