package se.finsambench.pipeline.extract;

import java.util.List;
import se.finsambench.pipeline.read.Cancellation;

/**
 * The table readers of one document, in the order they are asked: the first that accepts a table reads it.
 * Tables of contents are read for nothing; NNS indicator tables (and their continuations), insats profiles and
 * balance sheets have readers of their own; every other table is read by its row labels.
 */
final class TableReaders {

    private final List<TableReader> readers;

    TableReaders(ExtractionContext ctx, ProseReader prose) {
        StatementReader statements = new StatementReader(ctx);
        this.readers = List.of(
                new ContentsReader(),
                new NnsTableReader(ctx.info),
                new KeyValueReader(ctx, prose),
                new BalanceSheetReader(ctx.lexicon, statements),
                statements);
    }

    /** Reads every table of the document into {@code sink}. */
    void readAll(List<ResolvedTable> tables, FactSink sink) {
        for (ResolvedTable table : tables) {
            Cancellation.check();
            for (TableReader reader : readers) {
                if (reader.accepts(table)) {
                    reader.read(table, sink);
                    break;
                }
            }
        }
    }
}
