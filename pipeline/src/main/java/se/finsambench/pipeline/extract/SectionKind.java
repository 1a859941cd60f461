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
        String h = heading.strip().replaceFirst("^[\\d.]+\\s*", "");
        for (SectionKind k : values()) {
            if (k.heading.matcher(h).find()) {
                return k;
            }
        }
        return OTHER;
    }
}
