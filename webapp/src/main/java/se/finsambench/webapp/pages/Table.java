package se.finsambench.webapp.pages;

import java.util.List;
import java.util.function.Function;

/**
 * A table of a page as it is exported: which rows of the page's data, and its columns with Swedish headers.
 * The page shows the same rows; the export holds plain values in each column's unit so a spreadsheet can sum them.
 */
public record Table(String name, String title, Function<PageData, List<?>> rows, List<Column> columns) {

    public static Table of(String name, String title, Function<PageData, List<?>> rows, Column... columns) {
        return new Table(name, title, rows, List.of(columns));
    }

    /** How a column's values are written: text as it is, numbers with their unit's decimals. */
    public enum Kind {
        TEXT(-1), INTEGER(0), KR(0), PERCENT(1), DECIMAL(2);

        public final int decimals;

        Kind(int decimals) {
            this.decimals = decimals;
        }
    }

    public record Column(String header, Kind kind, Function<Object, Object> value) {
    }

    public static Column text(String header, Function<Object, Object> value) {
        return new Column(header, Kind.TEXT, value);
    }

    public static Column number(String header, Kind kind, Function<Object, Object> value) {
        return new Column(header, kind, value);
    }

    private static Object part(Object v, String name) {
        if (v instanceof java.util.Map<?, ?> m) {
            return m.get(name);
        }
        if (v != null && v.getClass().isRecord()) {
            for (var c : v.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    try {
                        return c.getAccessor().invoke(v);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return null;
    }

    /** A value of a row that is a map (the lake's rows) or a record by key, following dotted keys into nested ones. */
    public static Function<Object, Object> key(String dotted) {
        String[] parts = dotted.split("\\.");
        return row -> {
            Object v = row;
            for (String p : parts) {
                v = part(v, p);
            }
            return v;
        };
    }
}
