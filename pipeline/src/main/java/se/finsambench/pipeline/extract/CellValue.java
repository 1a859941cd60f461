package se.finsambench.pipeline.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a table cell states: one figure, possibly with a share in parentheses ("843 007 (16%)"), a
 * unit of its own ("1 239 756 kr.", "11 862 kr/deltagare") or a dash for nothing.
 */
public record CellValue(double number, double halfUlp, boolean dash, Double percentAside, MoneyScale ownScale,
                        boolean perParticipant) {

    private static final Pattern PER_PARTICIPANT_CELL = Pattern.compile("(?iu).*kr\\s*/\\s*deltagare.*");
    private static final Pattern PER_PARTICIPANT = Pattern.compile("(?iu)kr\\s*/\\s*deltagare");
    private static final Pattern SPACE_DOT_STAR = Pattern.compile("[\\s.*]");

    /**
     * Cells already read. The table readers read each cell several times (scale check, figures, asides, tables of
     * contents) and the same cells recur; past the limit the memo starts over, so odd input cannot fill the heap.
     */
    private static final Map<String, Optional<CellValue>> READ = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 200_000;
    private static final Optional<CellValue> DASH = Optional.of(new CellValue(0, 0.5, true, null, null, false));

    public static Optional<CellValue> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        if (!SwedishNumbers.hasDigit(cell)) {
            // Labels and words: every figure has a digit, so such a cell is a dash or nothing (no memo needed).
            return SwedishNumbers.isDash(cell) ? DASH : Optional.empty();
        }
        Optional<CellValue> known = READ.get(cell);
        if (known == null) {
            known = read(cell);
            if (READ.size() >= MEMO_LIMIT) {
                READ.clear();
            }
            READ.put(cell, known);
        }
        return known;
    }

    private static Optional<CellValue> read(String cell) {
        String c = cell.strip();
        if (SwedishNumbers.isDash(c)) {
            return DASH;
        }
        // A cell without a slash cannot say "kr/deltagare"; most cells are plain figures.
        boolean perParticipant = c.indexOf('/') >= 0 && PER_PARTICIPANT_CELL.matcher(c).matches();
        String body = perParticipant ? PER_PARTICIPANT.matcher(c).replaceAll("") : c;
        List<NumberToken> tokens = SwedishNumbers.findAll(body);
        if (tokens.isEmpty() || tokens.size() > 2) {
            return Optional.empty();
        }
        NumberToken first = tokens.get(0);
        Double aside = null;
        if (tokens.size() == 2) {
            NumberToken second = tokens.get(1);
            String between = body.substring(first.end(), second.start()).strip();
            if (!second.percent() || !between.equals("(")) {
                return Optional.empty();
            }
            aside = second.value();
        } else if (!onlyUnitAround(body, first)) {
            return Optional.empty();
        }
        MoneyScale own = MoneyScale.after(body, first.end()).orElse(perParticipant ? MoneyScale.KR : null);
        return Optional.of(new CellValue(first.value(), first.halfUlp(), false, aside, own, perParticipant));
    }

    private static boolean onlyUnitAround(String body, NumberToken t) {
        String before = body.substring(0, t.start()).strip();
        String after = body.substring(t.end());
        after = SPACE_DOT_STAR.matcher(after.substring(MoneyScale.unitLengthAfter(after, 0))).replaceAll("");
        return before.isEmpty() && after.isEmpty();
    }
}
