package se.finsambench.pipeline.extract;

/** A balance sheet: its equity part first ({@link EquityPart}), then every other row as any statement's. */
final class BalanceSheetReader implements TableReader {

    private final Lexicon lexicon;
    private final StatementReader rows;

    BalanceSheetReader(Lexicon lexicon, StatementReader rows) {
        this.lexicon = lexicon;
        this.rows = rows;
    }

    @Override
    public boolean accepts(ResolvedTable table) {
        return table.section() == SectionKind.BALANCE_SHEET;
    }

    @Override
    public void read(ResolvedTable table, FactSink sink) {
        EquityPart equity = EquityPart.of(table, lexicon);
        rows.readRows(table, sink, equity);
        equity.emit(table, sink);
    }
}
