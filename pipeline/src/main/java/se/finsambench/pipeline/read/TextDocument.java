package se.finsambench.pipeline.read;

import java.util.List;

/**
 * A document reduced to normalised text lines, whatever its original format.
 * Line numbers used as provenance everywhere are 1-based indexes into {@link #lines()}.
 */
public record TextDocument(String sourceName, String format, List<String> lines) {
    public TextDocument {
        lines = List.copyOf(lines);
    }

    /** The text of a 1-based line, or "" when out of range. */
    public String line(int oneBased) {
        return oneBased >= 1 && oneBased <= lines.size() ? lines.get(oneBased - 1) : "";
    }
}
