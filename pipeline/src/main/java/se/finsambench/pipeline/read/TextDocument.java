package se.finsambench.pipeline.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document reduced to normalised text lines, whatever its original format.
 * Line numbers used as provenance everywhere are 1-based indexes into {@link #lines()}.
 *
 * @param pages    for paged formats (PDF) the 1-based page of each line, as long as {@code lines};
 *                 empty for formats without pages
 * @param problems what the reader could not read faithfully (a line with bytes that are not UTF-8); a document
 *                 with problems is {@code partial}
 */
public record TextDocument(String sourceName, String format, List<String> lines, List<Integer> pages,
                           List<String> problems) {
    public TextDocument {
        lines = List.copyOf(lines);
        problems = problems == null ? List.of() : List.copyOf(problems);
        pages = pages == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(pages));
        if (!pages.isEmpty() && pages.size() != lines.size()) {
            throw new IllegalArgumentException("pages must give one page per line: " + pages.size() + " for "
                    + lines.size() + " lines");
        }
    }

    /** A document read without problems. */
    public TextDocument(String sourceName, String format, List<String> lines, List<Integer> pages) {
        this(sourceName, format, lines, pages, List.of());
    }

    /** A document without pages, read without problems. */
    public TextDocument(String sourceName, String format, List<String> lines) {
        this(sourceName, format, lines, List.of(), List.of());
    }

    /** The text of a 1-based line, or "" when out of range. */
    public String line(int oneBased) {
        return oneBased >= 1 && oneBased <= lines.size() ? lines.get(oneBased - 1) : "";
    }

    /** The 1-based page of a 1-based line, or null for formats without pages and lines out of range. */
    public Integer page(int oneBased) {
        return oneBased >= 1 && oneBased <= pages.size() ? pages.get(oneBased - 1) : null;
    }
}
