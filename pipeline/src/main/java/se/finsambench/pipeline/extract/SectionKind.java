package se.finsambench.pipeline.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The kinds of report section that change how a table's rows are read; the headings are data ({@code lexicon/sections.tsv}). */
public enum SectionKind {
    INCOME_STATEMENT, BALANCE_SHEET, CASH_FLOW, OPERATING_STATEMENT, FIVE_YEAR, NOTE, BALANCE_REQUIREMENT, TOC, NNS, BUDGET,
    /** A table whose columns are insatser (read, not announced by a heading). */
    PARTICIPANTS,
    OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a heading announces, OTHER when it announces none of these. */
    public static SectionKind ofHeading(String heading) {
        SectionKind known = Memo.KINDS.get(heading);
        if (known == null) {
            known = kindOf(heading);
            if (Memo.KINDS.size() >= Memo.LIMIT) {
                Memo.KINDS.clear();
            }
            Memo.KINDS.put(heading, known);
        }
        return known;
    }

    private static SectionKind kindOf(String heading) {
        String h = Memo.NUMBERING.matcher(heading.strip()).replaceFirst("");
        for (Map.Entry<SectionKind, Pattern> k : Memo.HEADINGS.entrySet()) {
            if (k.getValue().matcher(h).find()) {
                return k.getKey();
            }
        }
        return OTHER;
    }

    /**
     * Headings already judged. Every table and heading asks, the same headings recur in every report, and trying
     * each kind's regex is the cost. (A holder class: an enum's own static fields are not ready in its constructor.)
     */
    private static final class Memo {
        static final int LIMIT = 100_000;
        static final java.util.Map<String, SectionKind> KINDS = new java.util.concurrent.ConcurrentHashMap<>();
        static final Pattern NUMBERING = Pattern.compile("^[\\d.]+\\s*");
        /** The headings each kind is announced by, in the order of {@code lexicon/sections.tsv}. */
        static final Map<SectionKind, Pattern> HEADINGS = headings();

        private static Map<SectionKind, Pattern> headings() {
            Map<SectionKind, Pattern> out = new java.util.LinkedHashMap<>();
            for (String[] row : BundledData.rows("/lexicon/sections.tsv")) {
                out.put(SectionKind.valueOf(row[0].toUpperCase(Locale.ROOT)),
                        Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            return out;
        }
    }
}
