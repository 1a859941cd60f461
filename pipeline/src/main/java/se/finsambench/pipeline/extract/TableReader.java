package se.finsambench.pipeline.extract;

/**
 * One way of reading a resolved table. The readers of a document stand in one ordered list ({@link TableReaders});
 * the first that accepts a table reads it.
 */
interface TableReader {

    boolean accepts(ResolvedTable table);

    void read(ResolvedTable table, FactSink sink);
}
