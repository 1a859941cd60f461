package se.finsambench.pipeline.generate;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A house style for PDFs laid out the way a word processor exports them: font and size, text column (A4, or
 * narrow so table cells wrap), table borders, and what the running header and footer say. The fonts are PDF's
 * standard Helvetica and Times (metrics like Arial and Times New Roman), so no font file is needed.
 *
 * @param borders {@code none}, {@code grid} (every cell) or {@code rules} (a line under every row)
 */
record OfficeStyle(String name, FontName regular, FontName bold, float size, float left, float right,
                   String borders, boolean repeatHeader, String header, String footer) {

    static final OfficeStyle[] ALL = {
        new OfficeStyle("sans-grid", FontName.HELVETICA, FontName.HELVETICA_BOLD, 10, 70, 70, "grid", true,
                "%s", "Sida %d av %d"),
        new OfficeStyle("serif-plain", FontName.TIMES_ROMAN, FontName.TIMES_BOLD, 11.5f, 72, 72, "none", false,
                "", "%d"),
        new OfficeStyle("sans-narrow", FontName.HELVETICA, FontName.HELVETICA_BOLD, 9, 150, 150, "none", false,
                "%s", "%d (%d)"),
        new OfficeStyle("serif-rules", FontName.TIMES_ROMAN, FontName.TIMES_BOLD, 11, 64, 64, "rules", true,
                "%s", "Sida %d"),
    };

    /** The style of a document, fixed by its name so the same corpus is the same bytes. */
    static OfficeStyle of(String documentName) {
        return ALL[Math.floorMod(documentName.hashCode(), ALL.length)];
    }

    PDType1Font font(boolean isBold) {
        return new PDType1Font(isBold ? bold : regular);
    }

    float leading() {
        return size * 1.2f;
    }
}
