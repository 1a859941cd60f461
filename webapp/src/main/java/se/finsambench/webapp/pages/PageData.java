package se.finsambench.webapp.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page shows, in the shape of the API envelope: the main rows, whether they were cut at a cap, and
 * the page's other parts by name (filters as applied, medians, chart series …).
 */
public record PageData(List<?> rows, boolean truncated, Map<String, Object> info) {

    public static PageData of(List<?> rows) {
        return new PageData(rows, false, new LinkedHashMap<>());
    }

    public PageData with(String key, Object value) {
        info.put(key, value);
        return this;
    }

    public PageData truncated(boolean cut) {
        return new PageData(rows, truncated || cut, info);
    }
}
