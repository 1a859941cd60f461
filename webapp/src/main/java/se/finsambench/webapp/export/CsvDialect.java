package se.finsambench.webapp.export;

import java.util.Locale;
import se.finsambench.webapp.pages.InvalidFilterException;

/**
 * How a CSV file is written. {@code excel} (the default) opens right in Swedish Excel: UTF-8 with a byte order
 * mark (else Excel reads it as Windows-1252: "SamordningsfÃ¶rbundet"), semicolons, decimal comma.
 * {@code rfc4180} is for other programs: no mark, commas, decimal point.
 */
public enum CsvDialect {
    EXCEL("excel", ';', ',', true),
    RFC4180("rfc4180", ',', '.', false);

    public final String param;
    public final char delimiter;
    public final char decimal;
    public final boolean byteOrderMark;

    CsvDialect(String param, char delimiter, char decimal, boolean byteOrderMark) {
        this.param = param;
        this.delimiter = delimiter;
        this.decimal = decimal;
        this.byteOrderMark = byteOrderMark;
    }

    public static CsvDialect parse(String value) {
        if (value == null || value.isBlank()) {
            return EXCEL;
        }
        for (CsvDialect d : values()) {
            if (d.param.equals(value.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new InvalidFilterException("dialekt", "dialekt ska vara excel (semikolon, decimalkomma) eller rfc4180"
                + " (komma, decimalpunkt), inte " + value);
    }
}
