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
 * with cells joined by TAB (the same shape as the .txt reports), scripts and styles are dropped.
 * Walks the tree iteratively (jsoup's NodeTraversor), so deeply nested markup does not exhaust the stack.
 */
final class HtmlReader {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "svg", "math");
    private static final String DROPPED_SELECTOR = String.join(",", DROPPED);
    /** Parsed once: parsing a selector costs more than running it on a cell. */
    private static final Evaluator DROPPED_QUERY = QueryParser.parse(DROPPED_SELECTOR);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private HtmlReader() {
    }

    static List<String> lines(byte[] bytes) throws UnreadableDocumentException {
        try {
            // The decoded text, not the bytes: we have our own BOM/Latin-1 detection and meta charset is often wrong.
            Document doc = Jsoup.parse(TextDecoding.decode(bytes));
            return linesOf(doc.body() != null ? doc.body() : doc);
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException("HTML is nested too deeply", e);
        }
    }

    static List<String> linesOf(Element root) {
        LineCollector collector = new LineCollector();
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

    /** Collects text into lines; block boundaries and {@code <br>} end the current line. */
    private static final class LineCollector implements NodeFilter {
        final List<String> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String name = element.normalName();
            if (DROPPED.contains(name)) {
                return FilterResult.SKIP_ENTIRELY;
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
            if (node instanceof Element element && element.isBlock() && !element.normalName().equals("br")) {
                endLine();
            }
            return FilterResult.CONTINUE;
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
