package se.finsambench.pipeline.generate;

/**
 * How authoritative the place of a statement is, in the order a careful reader (and the extractor)
 * trusts them when a document states a figure twice.
 */
final class Place {
    static final int STATEMENTS = 0;
    static final int NOTES = 1;
    static final int OVERVIEW = 2;
    static final int TABLE = 3;
    static final int OTHER_TABLE = 4;
    static final int DERIVED = 5;
    static final int PROSE = 6;

    private Place() {
    }
}
