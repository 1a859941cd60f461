package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.finsambench.pipeline.read.TextDocument;

/**
 * A guard against figures cut in two by a wrapped cell, whatever reader gave the text: a row without a label
 * whose cell is whole digit groups ("712") directly under a cell that ends in a digit group ("7 509") is the
 * rest of that figure, not a figure — and the cell above is only its beginning. Neither is emitted as a
 * figure; a reader that joins the pieces ("7 509 712") never leaves such a pair.
 */
final class WrappedFragments {
    private static final Pattern GROUPS = Pattern.compile("\\d{3}(?: \\d{3})*(?: ?(?:kr|tkr|%)\\.?)?");
    private static final Pattern ENDS_IN_GROUP = Pattern.compile(".*(?:^|[\\s−–-])\\d{1,3}");
    private static final double[] SCALES = {1, 1_000, 1_000_000};

    private WrappedFragments() {
    }

    /** A cell that must not give a figure: its line and the number it shows. */
    record Piece(int line, double number) {
    }

    static List<Piece> find(TextDocument document) {
        List<Piece> pieces = new ArrayList<>();
        List<String> lines = document.lines();
        for (int i = 1; i < lines.size(); i++) {
            String upper = lines.get(i - 1);
            String lower = lines.get(i);
            if (upper.indexOf('\t') < 0 || lower.indexOf('\t') < 0) {
                continue;
            }
            String[] above = upper.split("\t", -1);
            String[] below = lower.split("\t", -1);
            if (!below[0].isBlank()) {
                continue;
            }
            for (int c = 1; c < Math.min(above.length, below.length); c++) {
                String top = above[c].strip();
                String bottom = below[c].strip();
                // Both patterns need digits where they are looked at first: three opening the lower cell, one ending the upper.
                if (startsWithThreeDigits(bottom) && endsWithDigit(top)
                        && GROUPS.matcher(bottom).matches() && ENDS_IN_GROUP.matcher(top).matches()) {
                    pieces.add(new Piece(i, number(top)));
                    pieces.add(new Piece(i + 1, number(bottom)));
                }
            }
        }
        return pieces;
    }

    /** The facts without any whose value is one of the pieces (in kr, tkr or mnkr, either sign). */
    static List<Fact> drop(List<Fact> facts, List<Piece> pieces) {
        if (pieces.isEmpty()) {
            return facts;
        }
        Set<Piece> set = new HashSet<>(pieces);
        List<Fact> kept = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (!isPiece(f, set)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean isPiece(Fact f, Set<Piece> pieces) {
        for (Piece p : pieces) {
            if (p.line() == f.sourceLine()) {
                for (double scale : SCALES) {
                    if (Math.abs(Math.abs(f.value()) - Math.abs(p.number()) * scale) < 0.5) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static double number(String cell) {
        String digits = cell.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? Double.NaN : Double.parseDouble(digits.length() > 15 ? digits.substring(0, 15) : digits);
    }

    private static boolean startsWithThreeDigits(String s) {
        return s.length() >= 3 && isDigit(s.charAt(0)) && isDigit(s.charAt(1)) && isDigit(s.charAt(2));
    }

    private static boolean endsWithDigit(String s) {
        return !s.isEmpty() && isDigit(s.charAt(s.length() - 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
