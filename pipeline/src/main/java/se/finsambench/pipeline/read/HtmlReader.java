package se.finsambench.pipeline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * HTML to lines: every block element starts a new line, a {@code <table>} becomes one line per row
 * with cells joined by TAB (the same shape as the .txt reports), scripts and styles are dropped. Text whose
 * white space is kept ({@code <pre>}, {@code white-space: pre}) keeps its lines, and so does a page that has no
 * block structure at all (a text report saved as .html): a reader never folds a report into one line.
 * Walks the tree iteratively (jsoup's NodeTraversor), so deeply nested markup does not exhaust the stack.
 */
final class HtmlReader {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "svg", "math");
    private static final String DROPPED_SELECTOR = String.join(",", DROPPED);
    /** Parsed once: parsing a selector costs more than running it on a cell. */
    private static final Evaluator DROPPED_QUERY = QueryParser.parse(DROPPED_SELECTOR);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PRE_STYLE = Pattern.compile("white-space\\s*:\\s*(?:pre|break-spaces)",
            Pattern.CASE_INSENSITIVE);

    private HtmlReader() {
    }

    static List<String> lines(byte[] bytes, ReadBudget budget, List<String> problems)
            throws UnreadableDocumentException {
        // The decoded text, not the bytes: we have our own BOM/Latin-1 detection and meta charset is often wrong.
        String html = TextDecoding.decode(bytes, problems);
        if (html.length() > budget.maxMarkupBytes()) {
            throw new UnreadableDocumentException("the HTML is too large to read: more than "
                    + ReadBudget.describe(budget.maxMarkupBytes()) + " of text");
        }
        try {
            Document doc = Jsoup.parse(html);
            return linesOf(doc.body() != null ? doc.body() : doc);
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException("HTML is nested too deeply", e);
        }
    }

    static List<String> linesOf(Element root) {
        List<String> lines = collect(root, false);
        if (lines.size() <= 1 && root.wholeText().strip().lines().limit(3).count() == 3) {
            lines = collect(root, true); // no block structure: the text's own lines are the report's lines
        }
        return lines;
    }

    private static List<String> collect(Element root, boolean keepAllLines) {
        LineCollector collector = new LineCollector(keepAllLines);
        NodeTraversor.filter(collector, root);
        collector.endLine();
        List<String> lines = collector.lines;
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** One line per table row: the row's own cells (not those of nested tables), TAB-joined. */
    static List<String> tableRows(Element table) {
        List<String> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            Cancellation.check();
            if (row.closest("table") != table) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            boolean first = true;
            for (Element cell : row.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                if (!first) {
                    line.append('\t');
                }
                first = false;
                line.append(cellText(cell));
                // A cell spanning columns keeps later cells under their headers, like the .txt seeds do.
                line.append("\t".repeat(Math.max(0, Math.min(colspan(cell), 50) - 1)));
            }
            rows.add(line.toString());
        }
        return rows;
    }

    /** Text of a cell on one line: paragraphs, list items and line breaks become spaces. */
    static String cellText(Element cell) {
        // Nearly every cell has nothing to drop: its own text is the copy's, unless an ancestor keeps whitespace
        // (<pre>), which a detached copy would not see.
        boolean dropsNothing = cell.childrenSize() == 0 || cell.select(DROPPED_QUERY).isEmpty();
        if (dropsNothing && cell.parents().stream().noneMatch(p -> p.tag().preserveWhitespace())) {
            return cell.text().replace('\t', ' ');
        }
        Element copy = cell.clone();
        copy.select(DROPPED_QUERY).remove();
        return copy.text().replace('\t', ' ');
    }

    private static int colspan(Element cell) {
        try {
            return Integer.parseInt(cell.attr("colspan").trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whether an element keeps its text's white space and line ends, as a browser shows it. */
    static boolean keepsLines(Element element) {
        if (element.tag().preserveWhitespace()) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && PRE_STYLE.matcher(style).find();
    }

    /**
     * Collects text into lines; block boundaries and {@code <br>} end the current line, and so does a line end
     * inside {@code <pre>} (or everywhere, for a page without block structure).
     */
    private static final class LineCollector implements NodeFilter {
        final List<String> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final boolean keepAllLines;
        /** How many elements that keep their lines enclose the node being visited. */
        private int keeping;

        LineCollector(boolean keepAllLines) {
            this.keepAllLines = keepAllLines;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            Cancellation.check();
            if (node instanceof TextNode text) {
                if (keeping > 0 || keepAllLines) {
                    appendKeepingLines(text.getWholeText());
                } else {
                    current.append(WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String name = element.normalName();
            if (DROPPED.contains(name)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (keepsLines(element)) {
                keeping++;
            }
            if (name.equals("table")) {
                endLine();
                lines.addAll(tableRows(element));
                // A table ends where it ends: the heading after it is not one of its caption rows.
                lines.add("");
                return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("br")) {
                endLine();
            } else if (element.isBlock()) {
                endLine();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && keepsLines(element)) {
                keeping--;
            }
            if (node instanceof Element element && element.isBlock() && !element.normalName().equals("br")) {
                endLine();
            }
            return FilterResult.CONTINUE;
        }

        /** Text whose line ends are lines; an empty line stays, as it separates blocks in a text report. */
        private void appendKeepingLines(String text) {
            int start = 0;
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                current.append(text, start, end);
                lines.add(current.toString()); // tabs kept: they separate cells; the normaliser trims spaces
                current.setLength(0);
                start = end + 1;
            }
            current.append(text, start, text.length());
        }

        void endLine() {
            String line = current.toString().strip();
            current.setLength(0);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
    }
}
