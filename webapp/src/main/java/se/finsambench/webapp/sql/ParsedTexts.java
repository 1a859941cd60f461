package se.finsambench.webapp.sql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small set of SQL texts, the least recently used dropped first; texts longer than a bound are not kept, so the
 * set stays small whatever is sent.
 */
final class ParsedTexts {

    private final int maxTextLength;
    private final Map<String, Boolean> texts;

    ParsedTexts(int capacity, int maxTextLength) {
        this.maxTextLength = maxTextLength;
        this.texts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean contains(String text) {
        return texts.get(text) != null;
    }

    synchronized void remember(String text) {
        if (text.length() <= maxTextLength) {
            texts.put(text, Boolean.TRUE);
        }
    }
}
