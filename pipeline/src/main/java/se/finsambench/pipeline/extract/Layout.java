package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import se.finsambench.pipeline.read.Cancellation;

/**
 * Splits a document's lines into tables, headings and running text. A table is a run of
 * tab-separated lines (one blank line may interrupt it when the next line continues the same
 * columns); a heading is a short line that does not read as a sentence.
 */
public final class Layout {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|Not\\s*\\d+\\.?)\\s+\\S.*");
    private static final Pattern ENDS_IN_PUNCTUATION = Pattern.compile(".*[.!?:;,]$");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final int TITLE_LOOKBACK = 3;
    private static final int CONTEXT_LOOKBACK = 8;
    private static final int CONTEXT_LINE_MAX = 120;

    private final List<String> lines;
    private final List<TableBlock> tables = new ArrayList<>();
    private final boolean[] inTable;
    /**
     * Per 1-based line: 0 not yet known, 1 a heading, 2 not. The searches for the heading above a line run once
     * per table and sentence, each up the document, so each line is judged once.
     */
    private final byte[] heading;

    /** Lines taken into a table row above them (see {@link PlainTextTables.Tabulated#taken()}). */
    private final boolean[] taken;

    public Layout(List<String> lines) {
        this(new PlainTextTables.Tabulated(lines, new boolean[lines.size()]));
    }

    public Layout(PlainTextTables.Tabulated tabulated) {
        this.lines = tabulated.lines();
        this.taken = tabulated.taken();
        this.inTable = new boolean[lines.size() + 2];
        this.heading = new byte[lines.size() + 2];
        findTables();
    }

    private boolean isHeadingLine(int oneBased) {
        if (heading[oneBased] == 0) {
            heading[oneBased] = isHeading(lines.get(oneBased - 1)) ? (byte) 1 : (byte) 2;
        }
        return heading[oneBased] == 1;
    }

    public List<TableBlock> tables() {
        return tables;
    }

    public boolean isTableLine(int oneBased) {
        return oneBased >= 1 && oneBased <= lines.size() && inTable[oneBased];
    }

    /** The nearest heading at or above a line, or "" at the top of the document. */
    public String headingAbove(int oneBased) {
        for (int i = Math.min(oneBased, lines.size()); i >= 1; i--) {
            if (!inTable[i] && isHeadingLine(i)) {
                return clean(lines.get(i - 1));
            }
        }
        return "";
    }

    /** Like {@link #headingAbove}, passing over list intros that end in a colon ("Insatser i projektet:"). */
    public String sectionHeadingAbove(int oneBased) {
        for (int i = Math.min(oneBased, lines.size()); i >= 1; i--) {
            if (!inTable[i] && isHeadingLine(i) && !clean(lines.get(i - 1)).endsWith(":")) {
                return clean(lines.get(i - 1));
            }
        }
        return "";
    }

    /** The line number of the nearest heading at or above a line, 0 when none. */
    public int headingLineAbove(int oneBased) {
        for (int i = Math.min(oneBased, lines.size()); i >= 1; i--) {
            if (!inTable[i] && isHeadingLine(i)) {
                return i;
            }
        }
        return 0;
    }

    public static boolean isHeading(String line) {
        if (line.indexOf('\t') >= 0) {
            return false;
        }
        String l = clean(line);
        if (l.isEmpty() || l.length() > 90 || l.startsWith("-") || l.startsWith("•")) {
            return false;
        }
        if (NUMBERED.matcher(l).matches()) {
            return true;
        }
        int words = words(l);
        if (l.endsWith(",") || l.endsWith(";")) {
            return false;
        }
        return l.endsWith(".") ? words <= 6 : words <= 10;
    }

    /** A line without markup stars and surrounding space. */
    public static String clean(String line) {
        if (line.indexOf('*') < 0 && line.indexOf('<') < 0) {
            return line.strip(); // no markup: most lines
        }
        return line.replace("**", "").replace("<u>", "").replace("</u>", "").strip();
    }

    /** How many words a split at {@code \\s+} gives a stripped, non-empty line: its runs of other chars. */
    private static int words(String l) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private void findTables() {
        int i = 0;
        while (i < lines.size()) {
            Cancellation.check();
            if (!isTabLine(lines.get(i))) {
                i++;
                continue;
            }
            int start = i;
            List<TableRow> rows = new ArrayList<>();
            int width = cellCount(lines.get(i));
            while (i < lines.size()) {
                String l = lines.get(i);
                if (taken[i]) {
                    inTable[i + 1] = true;
                    i++;
                } else if (isTabLine(l)) {
                    rows.add(toRow(i + 1, l));
                    inTable[i + 1] = true;
                    i++;
                } else if (l.indexOf('\t') >= 0 && i + 1 < lines.size() && isTabLine(lines.get(i + 1))) {
                    // An empty row (a Markdown separator, a blank PDF row) inside a table.
                    rows.add(toRow(i + 1, l));
                    inTable[i + 1] = true;
                    i++;
                } else if (isCaptionRow(i)) {
                    // "Tillgångar" between rows: a caption row whose empty cells a PDF does not show.
                    rows.add(new TableRow(i + 1, clean(l), List.of()));
                    inTable[i + 1] = true;
                    i++;
                } else if (l.isBlank() && i + 1 < lines.size() && continues(lines.get(i + 1), width)) {
                    i++;
                } else {
                    break;
                }
            }
            tables.add(new TableBlock(rows, titleLines(start), SectionKind.OTHER, "", contextLines(start)));
        }
        for (int t = 0; t < tables.size(); t++) {
            tables.set(t, withSection(tables.get(t)));
        }
    }

    private TableBlock withSection(TableBlock table) {
        TableRow first = table.rows().get(0);
        // A caption row may name the section ("Balansräkning  2023-12-31  2024-06-30"); a data row may not.
        SectionKind own = HeaderResolver.isHeaderRow(first) || !first.hasValues()
                ? SectionKind.ofHeading(clean(first.label())) : SectionKind.OTHER;
        if (own != SectionKind.OTHER) {
            return table.in(own, clean(table.rows().get(0).label()));
        }
        for (int i = table.titleLines().size() - 1; i >= 0; i--) {
            String title = table.titleLines().get(i);
            SectionKind k = SectionKind.ofHeading(clean(title));
            if (k != SectionKind.OTHER && isHeading(title)) {
                return table.in(k, clean(title));
            }
        }
        String heading = headingAbove(table.firstLine() - 1);
        SectionKind kind = SectionKind.ofHeading(heading);
        for (int i = table.context().size() - 1; i >= 0 && kind == SectionKind.OTHER; i--) {
            // "Balansräkning" / "Kommunen" / "Sammanställd redovisning" / "Belopp i mnkr" over a web page's table.
            String line = table.context().get(i);
            if (SectionKind.ofHeading(clean(line)) != SectionKind.OTHER && isHeading(line)) {
                kind = SectionKind.ofHeading(clean(line));
                heading = clean(line);
            }
        }
        return table.in(kind, heading);
    }

    /** Up to three non-blank text lines right above a table, nearest last. */
    private List<String> titleLines(int startIndex) {
        List<String> titles = new ArrayList<>();
        for (int i = startIndex - 1; i >= 0 && titles.size() < TITLE_LOOKBACK; i--) {
            String l = lines.get(i);
            if (l.isBlank() || taken[i]) {
                continue;
            }
            if (isTabLine(l) || l.length() > 200) {
                break;
            }
            titles.add(0, l.strip());
        }
        return titles;
    }

    /** Up to {@value #CONTEXT_LOOKBACK} short non-blank lines above a table, nearest last, stopping at another table. */
    private List<String> contextLines(int startIndex) {
        List<String> context = new ArrayList<>();
        for (int i = startIndex - 1; i >= 0 && context.size() < CONTEXT_LOOKBACK; i--) {
            String l = lines.get(i);
            if (isTabLine(l) || inTable[i + 1]) {
                break;
            }
            if (!l.isBlank() && l.length() <= CONTEXT_LINE_MAX) {
                context.add(0, l.strip());
            }
        }
        return context;
    }

    private boolean isCaptionRow(int index) {
        String l = lines.get(index).strip();
        if (l.isEmpty() || l.length() > 60 || ENDS_IN_PUNCTUATION.matcher(l).matches() || hasDigit(l)) {
            return false;
        }
        for (int k = index + 1; k < Math.min(lines.size(), index + 4); k++) {
            if (isTabLine(lines.get(k))) {
                return true;
            }
            String next = lines.get(k).strip();
            if (next.isEmpty() || next.length() > 60 || ENDS_IN_PUNCTUATION.matcher(next).matches() || hasDigit(next)) {
                return false;
            }
        }
        return false;
    }

    /** {@code .*\\d.*}: a digit 0-9 on the line (the regex runs only to keep its view of line terminators). */
    private static boolean hasDigit(String line) {
        return SwedishNumbers.hasDigit(line) && HAS_DIGIT.matcher(line).matches();
    }

    /** After a blank line (a page break in the source), a row with the same columns or an empty label goes on. */
    private static boolean continues(String next, int width) {
        return isTabLine(next) && ((cellCount(next) == width && width > 2) || next.startsWith("\t"));
    }

    private static boolean isTabLine(String line) {
        return line.indexOf('\t') >= 0 && !line.isBlank();
    }

    private static int cellCount(String line) {
        return line.split("\t", -1).length;
    }

    private static TableRow toRow(int lineNumber, String line) {
        String[] parts = line.split("\t", -1);
        List<String> cells = Arrays.stream(parts).skip(1).map(String::strip).toList();
        return new TableRow(lineNumber, clean(parts[0]), cells);
    }
}
