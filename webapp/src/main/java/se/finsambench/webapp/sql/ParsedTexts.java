package se.finsambench.webapp.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small set of SQL texts with the file paths each names, the least recently used dropped first; texts longer
 * than a bound are not kept, so the set stays small whatever is sent.
 */
final class ParsedTexts {

    private final int maxTextLength;
    private final Map<String, List<String>> texts;

    ParsedTexts(int capacity, int maxTextLength) {
        this.maxTextLength = maxTextLength;
        this.texts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean contains(String text) {
        return texts.get(text) != null;
    }

    /** The paths a remembered text names, or null when the text is not remembered. */
    synchronized List<String> paths(String text) {
        return texts.get(text);
    }

    synchronized void remember(String text, List<String> paths) {
        if (text.length() <= maxTextLength) {
            texts.put(text, List.copyOf(paths));
        }
    }
}
