package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Equity in a balance sheet. Some reports print a total ("Summa eget kapital"); others only its
 * parts (opening equity, the year's result, other equity), in which case the parts are added up.
 * Reports that print the credit side as negative numbers get their sign turned.
 */
final class BalanceSheetEquity {

    private static final Pattern OPENS = Pattern.compile("(?iu)^eget kapital\\b.*");
    private static final Pattern CLOSES = Pattern.compile("(?iu).*(avsättning|skulder).*");
    private static final Pattern CREDIT_TOTAL = Pattern.compile("(?iu)^summa eget kapital,? (avsättningar )?och skulder$");

    private final ExtractionContext ctx;
    private final TableHeader header;
    private final MoneyScale scale;
    private final double sign;
    private final List<TableRow> parts = new ArrayList<>();
    private boolean open;
    private boolean started;
    private boolean explicitTotal;

    BalanceSheetEquity(ExtractionContext ctx, TableBlock table, TableHeader header, MoneyScale scale) {
        this.ctx = ctx;
        this.header = header;
        this.scale = scale;
        this.sign = creditSideNegative(table, header) ? -1 : 1;
    }

    boolean started() {
        return started;
    }

    /** A caption row such as "Eget kapital, avsättningar och skulder" opens the equity part. */
    void group(TableRow row) {
        String label = Lexicon.normalise(row.label());
        if (OPENS.matcher(label).matches()) {
            open = true;
            started = true;
        } else if (open && CLOSES.matcher(label).matches()) {
            finish();
        }
    }

    /** Takes rows that belong to the equity part; the caller reads all others. */
    boolean absorbs(TableRow row) {
        String label = Lexicon.normalise(row.label());
        if (!open && label.equals("eget kapital")) {
            open = true;
            started = true;
        }
        if (!open) {
            return false;
        }
        if (CLOSES.matcher(label).matches()) {
            finish();
            return false;
        }
        Optional<Lexicon.Match> m = ctx.lexicon.match(row.label(), SectionKind.BALANCE_SHEET);
        if (m.isPresent() && m.get().concept().equals("equity")) {
            explicitTotal = true;
            emit(row.line(), row, null);
            return true;
        }
        parts.add(row);
        return true;
    }

    void finish() {
        if (open && !explicitTotal && !parts.isEmpty()) {
            emit(parts.get(0).line(), null, parts);
        }
        open = false;
        parts.clear();
    }

    private void emit(int line, TableRow single, List<TableRow> sumOf) {
        for (int j = 0; j < header.columns().size(); j++) {
            Column col = header.column(j);
            if (col.kind() != Column.Kind.PERIOD) {
                continue;
            }
            double total = 0;
            double precision = 0;
            boolean any = false;
            for (TableRow r : single != null ? List.of(single) : sumOf) {
                Optional<CellValue> v = CellValue.parse(r.cell(j));
                if (v.isPresent()) {
                    total += v.get().number();
                    precision += v.get().halfUlp();
                    any |= !v.get().dash();
                }
            }
            if (any) {
                String origin = single != null ? "table:balance_sheet" : "table:balance_sheet:sum_of_parts";
                ctx.add("equity", "", col.scenario(), col.periodEnd(), sign * total * scale.factor, precision * scale.factor,
                        line, single != null ? 0.9 : 0.85, origin);
            }
        }
    }

    private static boolean creditSideNegative(TableBlock table, TableHeader header) {
        for (TableRow row : table.rows()) {
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
