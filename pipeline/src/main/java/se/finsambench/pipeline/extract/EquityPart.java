package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The equity part of a balance sheet, found in one pass over its body rows before they are read. Some reports
 * print a total ("Summa eget kapital"); others only its parts (opening equity, the year's result, other equity),
 * in which case the parts are added up. Reports that print the credit side as negative numbers get their sign
 * turned. The rows of the part are taken from the balance sheet's other reading; an unlabelled sum row before it
 * is the total of assets.
 */
final class EquityPart {

    /** No equity part: every row is read as it stands, and no unlabelled row is a total. */
    static final EquityPart NONE = new EquityPart(new boolean[0], new boolean[0], List.of(), List.of());
    private static final Pattern BREAKDOWN = Pattern.compile("(?iu)^(varav|därav)\\b.*");
    private static final Pattern BREAKDOWN_WORD = Pattern.compile("(?iu)^(varav|därav)\\s+");

    private static final Pattern OPENS = Pattern.compile("(?iu)^eget kapital\\b.*");
    private static final Pattern CLOSES = Pattern.compile("(?iu).*(avsättning|skulder|minoritet).*");
    private static final Pattern CREDIT_TOTAL = Pattern.compile("(?iu)^summa eget kapital,? (avsättningar )?och skulder$");

    /** One equity figure: the row it is stated on (or the first part's), and the body rows it adds up. */
    private record Statement(int line, List<Integer> rows, boolean sum) {
    }

    private final boolean[] taken;
    private final boolean[] beforeEquity;
    private final List<Statement> statements;
    /** Rows of the part that state the year's result ("Årets resultat", "– varav årets resultat"). */
    private final List<Integer> results;

    private EquityPart(boolean[] taken, boolean[] beforeEquity, List<Statement> statements, List<Integer> results) {
        this.taken = taken;
        this.beforeEquity = beforeEquity;
        this.statements = statements;
        this.results = results;
    }

    /** Whether a body row belongs to the equity part. */
    boolean takes(int bodyRow) {
        return bodyRow < taken.length && taken[bodyRow];
    }

    /** Whether a body row stands before the equity part opens. */
    boolean beforeEquity(int bodyRow) {
        return bodyRow < beforeEquity.length && beforeEquity[bodyRow];
    }

    static EquityPart of(ResolvedTable table, Lexicon lexicon) {
        int n = table.body().size();
        boolean[] taken = new boolean[n];
        boolean[] before = new boolean[n];
        List<Statement> statements = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        List<Integer> results = new ArrayList<>();
        int breakdowns = 0;
        boolean open = false;
        boolean started = false;
        boolean explicitTotal = false;
        for (int b = 0; b < n; b++) {
            TableRow row = table.body().get(b);
            // A row whose figures could not be placed still opens or closes the part by its label.
            TableRow seen = row != null ? row : new TableRow(0, table.block().rows().get(table.header().bodyStart() + b).label(), List.of());
            String label = Lexicon.normalise(seen.label());
            if (row == null || !row.hasValues()) {
                // A caption row such as "Eget kapital, avsättningar och skulder" opens the equity part.
                if (OPENS.matcher(label).matches()) {
                    open = true;
                    started = true;
                } else if (open && CLOSES.matcher(label).matches()) {
                    explicitTotal = close(statements, parts, explicitTotal, breakdowns > 0);
                    open = false;
                }
                continue;
            }
            if (!open && label.equals("eget kapital")) {
                open = true;
                started = true;
            }
            if (open && CLOSES.matcher(label).matches()) {
                explicitTotal = close(statements, parts, explicitTotal, breakdowns > 0);
                open = false;
            } else if (open) {
                taken[b] = true;
                Optional<Lexicon.Match> m = lexicon.match(row.label(), SectionKind.BALANCE_SHEET);
                Optional<Lexicon.Match> r = lexicon.match(BREAKDOWN_WORD.matcher(label).replaceFirst(""), SectionKind.INCOME_STATEMENT);
                if (r.isPresent() && "result".equals(r.get().concept())) {
                    results.add(b);
                }
                if (m.isPresent() && m.get().concept().equals("equity")) {
                    explicitTotal = true;
                    statements.add(new Statement(row.line(), List.of(b), false));
                } else if (BREAKDOWN.matcher(label).matches()) {
                    breakdowns++;
                } else {
                    parts.add(b);
                }
                continue;
            }
            before[b] = !started;
        }
        if (open) {
            close(statements, parts, explicitTotal, breakdowns > 0);
        }
        return new EquityPart(taken, before, statements, results);
    }

    /**
     * Ends the part: its parts are added up unless a row stated the total; one row broken down by "varav" rows
     * ("EGET KAPITAL 20 172" / "– varav årets resultat 938") is the total. Returns whether a total stays stated.
     */
    private static boolean close(List<Statement> statements, List<Integer> parts, boolean explicitTotal, boolean brokenDown) {
        if (!explicitTotal && parts.size() == 1 && brokenDown) {
            statements.add(new Statement(-2, List.copyOf(parts), false));
        } else if (!explicitTotal && !parts.isEmpty()) {
            statements.add(new Statement(-1, List.copyOf(parts), true));
        }
        parts.clear();
        return explicitTotal;
    }

    /** The equity figures of the part, per period column, and the year's result it repeats. */
    void emit(ResolvedTable table, FactSink sink) {
        double sign = creditSideNegative(table) ? -1 : 1;
        TableHeader header = table.header();
        for (int b : results) {
            for (int j = 0; j < header.columns().size(); j++) {
                Column col = header.column(j);
                Optional<CellValue> v = table.cell(b, j);
                if (col.kind() == Column.Kind.PERIOD && v.isPresent() && !v.get().dash()) {
                    sink.add("result", "", col.scenario(), col.periodEnd(), sign * v.get().number() * table.scale().factor,
                            v.get().halfUlp() * table.scale().factor, table.body().get(b).line(), Origin.table(SectionKind.BALANCE_SHEET));
                }
            }
        }
        for (Statement st : statements) {
            int line = st.line() < 0 ? table.body().get(st.rows().get(0)).line() : st.line();
            for (int j = 0; j < header.columns().size(); j++) {
                Column col = header.column(j);
                if (col.kind() != Column.Kind.PERIOD) {
                    continue;
                }
                double total = 0;
                double precision = 0;
                boolean any = false;
                for (int b : st.rows()) {
                    Optional<CellValue> v = table.cell(b, j);
                    if (v.isPresent()) {
                        total += v.get().number();
                        precision += v.get().halfUlp();
                        any |= !v.get().dash();
                    }
                }
                if (any) {
                    Origin origin = st.sum() ? Origin.EQUITY_SUM : Origin.table(SectionKind.BALANCE_SHEET);
                    sink.add("equity", "", col.scenario(), col.periodEnd(), sign * total * table.scale().factor,
                            precision * table.scale().factor, line, origin);
                }
            }
        }
    }

    private static boolean creditSideNegative(ResolvedTable table) {
        TableHeader header = table.header();
        for (TableRow row : table.block().rows()) {
            if (CREDIT_TOTAL.matcher(Lexicon.normalise(row.label())).matches()) {
                for (int j = 0; j < header.columns().size(); j++) {
                    if (header.column(j).kind() == Column.Kind.PERIOD) {
                        Optional<CellValue> v = CellValue.parse(row.cell(j));
                        if (v.isPresent() && !v.get().dash()) {
                            return v.get().number() < 0;
                        }
                    }
                }
            }
        }
        return false;
    }
}
