package se.finsambench.pipeline.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which mechanism stated a figure, and what that makes it worth: {@code rank} orders statements of the same figure
 * by place (0 the financial statements, then notes, overviews, profiles and other tables, derivations, prose),
 * {@code confidence} is the confidence a fact from there gets. {@code id} is what the lake's {@code facts.origin}
 * holds ({@code table:income_statement}, {@code prose}, {@code derived:participants_women+participants_men}).
 */
public record Origin(String id, int rank, double confidence) {

    public static final Origin PROSE = new Origin("prose", 6, 0.7);
    public static final Origin PROFILE = new Origin("table:profile", 3, 0.85);
    public static final Origin NNS = new Origin("table:nns", 3, 0.85);
    /** A percentage printed beside an amount ("843 007 (16%)"). */
    public static final Origin ASIDE = new Origin("table:aside", 4, 0.9);
    /** Equity a balance sheet states only in parts, added up. */
    public static final Origin EQUITY_SUM = new Origin("table:balance_sheet:sum_of_parts", 1, 0.85);

    private static final Map<SectionKind, Origin> TABLES = new ConcurrentHashMap<>();

    /** A figure read from a table of the given section. */
    public static Origin table(SectionKind section) {
        return TABLES.computeIfAbsent(section, s -> new Origin("table:" + s.id(), tableRank(s), 0.9));
    }

    /** A total added up from two parts the document states (women + men). */
    public static Origin derived(String partA, String partB) {
        return new Origin("derived:" + partA + "+" + partB, 5, 0.7);
    }

    public boolean isDerived() {
        return id.startsWith("derived");
    }

    public boolean isProse() {
        return this == PROSE || id.equals(PROSE.id);
    }

    /** The origin an id in the lake names (ranks as extraction gave them). */
    public static Origin of(String id) {
        if (id.equals(PROSE.id)) {
            return PROSE;
        }
        for (Origin o : new Origin[] {PROFILE, NNS, ASIDE, EQUITY_SUM}) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        if (id.startsWith("derived:")) {
            return new Origin(id, 5, 0.7);
        }
        for (SectionKind s : SectionKind.values()) {
            if (id.equals("table:" + s.id())) {
                return table(s);
            }
        }
        return new Origin(id, id.startsWith("table:") ? 4 : 6, 0.7);
    }

    private static int tableRank(SectionKind s) {
        return switch (s) {
            case INCOME_STATEMENT, BALANCE_SHEET -> 0;
            case NOTE -> 1;
            case FIVE_YEAR, OPERATING_STATEMENT, BALANCE_REQUIREMENT -> 2;
            case PARTICIPANTS, NNS, BUDGET -> 3;
            default -> 4;
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
