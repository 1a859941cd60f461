package se.finsambench.pipeline.read;

/**
 * What reading one document may cost, fixed before it is read: a few bytes on disk can expand to gigabytes (a
 * DOCX is a ZIP, a PDF's streams are compressed) or nest so deep that a parser runs out of stack. Each reader
 * checks its part before the expensive work starts, and refuses the document with the limit it passed.
 *
 * @param maxFileBytes    files larger than this are not read ({@code --max-file-size})
 * @param maxMarkupBytes  most markup that is parsed into a tree in memory: a DOCX's XML parts once unzipped, an
 *                        HTML file's text (a parsed tree takes about ten times its text)
 * @param maxPdfBytes     most memory PDFBox may use for a PDF's decoded streams
 * @param maxNesting      deepest element nesting of a DOCX's body (tables in tables): parsers recurse into it
 */
public record ReadBudget(long maxFileBytes, long maxMarkupBytes, long maxPdfBytes, int maxNesting) {

    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

    public ReadBudget {
        if (maxFileBytes <= 0 || maxMarkupBytes <= 0 || maxPdfBytes <= 0 || maxNesting <= 0) {
            throw new IllegalArgumentException("every limit of a read budget must be positive");
        }
    }

    /**
     * 32 MiB of markup is ten times the document.xml of a long Word report; 512 MiB of PDF streams a thousand
     * pages of text with their fonts; 200 levels of XML hold tables nested some 60 deep.
     */
    public static ReadBudget defaults() {
        return new ReadBudget(DEFAULT_MAX_FILE_BYTES, 32L << 20, 512L << 20, 200);
    }

    public ReadBudget withMaxFileBytes(long bytes) {
        return new ReadBudget(bytes, maxMarkupBytes, maxPdfBytes, maxNesting);
    }

    /** "64 MiB", "512 KiB" or "1000 bytes". */
    public static String describe(long bytes) {
        long mib = 1024L * 1024;
        if (bytes % mib == 0) {
            return bytes / mib + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
