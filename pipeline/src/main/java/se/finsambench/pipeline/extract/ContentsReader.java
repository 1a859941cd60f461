package se.finsambench.pipeline.extract;

/** A table of contents: its numbers are page numbers, so it is read for nothing. */
final class ContentsReader implements TableReader {

    @Override
    public boolean accepts(ResolvedTable table) {
        return table.contents();
    }

    @Override
    public void read(ResolvedTable table, FactSink sink) {
        // Page numbers are not figures.
    }
}
