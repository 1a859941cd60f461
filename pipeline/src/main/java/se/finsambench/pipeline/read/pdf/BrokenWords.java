package se.finsambench.pipeline.read.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import se.finsambench.pipeline.extract.BundledData;

/**
 * Words that a column too narrow for them broke at its edge ("Myndighetsgemensam" / "t team", "NOV" / "A"),
 * put back together by what the document itself spells: where a cell's lines meet between two letters, the cell
 * reader leaves a {@link #MARK} instead of a space, and the pieces are joined when the joined word occurs in
 * the document (or is a known report word, {@code lexicon/report-words.txt}, or a municipality's name) while
 * the first piece is not a word of its own there. Otherwise the mark becomes a space.
 */
final class BrokenWords {
    /** Line separator: stands for "a space, or nothing if a word was broken here". */
    static final char MARK = '\u2028';
    private static final int MAX_PIECES = 4;

    private static final Set<String> KNOWN = known();

    private final Map<String, Integer> counts = new HashMap<>();

    BrokenWords(List<PdfPage> pages) {
        for (PdfPage page : pages) {
            for (TextLine line : page.lines()) {
                for (Word w : line.words()) {
                    counts.merge(key(w.text()), 1, Integer::sum);
                }
            }
        }
    }

    String repair(String text) {
        if (text.indexOf(MARK) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        String[] parts = text.split(String.valueOf(MARK), -1);
        int i = 0;
        while (i < parts.length) {
            String head = parts[i];
            int joinedUpTo = i;
            for (int j = Math.min(parts.length - 1, i + MAX_PIECES - 1); j > i; j--) {
                if (isOneWord(parts, i, j)) {
                    joinedUpTo = j;
                    break;
                }
            }
            StringBuilder word = new StringBuilder(head);
            for (int k = i + 1; k <= joinedUpTo; k++) {
                word.append(parts[k]);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
            i = joinedUpTo + 1;
        }
        return out.toString();
    }

    /** parts[i..j] glued make a word the document uses, and the first piece is not one of its words. */
    private boolean isOneWord(String[] parts, int i, int j) {
        String first = lastWord(parts[i]);
        StringBuilder joined = new StringBuilder(first);
        for (int k = i + 1; k <= j; k++) {
            joined.append(k < j ? parts[k] : firstWord(parts[k]));
        }
        String whole = key(joined.toString());
        boolean word = counts.getOrDefault(whole, 0) > 0 || KNOWN.contains(whole);
        return !first.isEmpty() && word && counts.getOrDefault(key(first), 0) <= 1 && !KNOWN.contains(key(first));
    }

    /** The report words of the lexicon, and every municipality's and county's name as words. */
    private static Set<String> known() {
        Set<String> words = new HashSet<>();
        BundledData.rows("/lexicon/report-words.txt").forEach(row -> words.add(row[0].strip()));
        BundledData.rows("/reference/municipalities.csv").stream().skip(1).forEach(row -> {
            for (String field : row[0].split(",")) {
                for (String w : field.split("[ -]")) {
                    if (w.codePoints().allMatch(Character::isLetter) && w.length() > 2) {
                        words.add(key(w));
                    }
                }
            }
        });
        return Set.copyOf(words);
    }


    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static String key(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
