package se.finsambench.pipeline.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** The kinds of report section that change how a table's rows are read. */
public enum SectionKind {
    INCOME_STATEMENT("resultaträkning"),
    BALANCE_SHEET("balansräkning"),
    CASH_FLOW("kassaflöde"),
    OPERATING_STATEMENT("drifts?redovisning|sammanställning av utfall och budget|budgetuppföljning"),
    FIVE_YEAR("översikt över verksamhetens utveckling|flerårsöversikt|femårsöversikt|utveckling över tid|översikt medlemsbidrag"),
    NOTE("^not\\s*\\d+"),
    BALANCE_REQUIREMENT("balanskrav"),
    TOC("^innehåll"),
    NNS("indikator"),
    BUDGET("^(förslag till )?budget\\b|budget för|budget \\d{4}|flerårsplan|^bilaga"),
    PARTICIPANTS("(?!)"),
    OTHER("(?!)");

    private final Pattern heading;

    SectionKind(String headingRegex) {
        this.heading = Pattern.compile(headingRegex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

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
        for (SectionKind k : values()) {
            if (k.heading.matcher(h).find()) {
                return k;
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
    }
}
