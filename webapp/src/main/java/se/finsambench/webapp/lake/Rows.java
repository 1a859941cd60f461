package se.finsambench.webapp.lake;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns JDBC rows into maps of plain JSON-friendly values: dates as ISO text (the UI prints them as they
 * are, 2024-06-30), arrays as lists, non-finite doubles as null (JSON has no NaN).
 */
public final class Rows {

    private Rows() {
    }

    public static List<Map<String, Object>> of(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = md.getColumnLabel(i + 1);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                row.put(names[i], plain(rs.getObject(i + 1)));
            }
            out.add(row);
        }
        return out;
    }

    static Object plain(Object v) throws SQLException {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : d;
        }
        if (v instanceof Float f) {
            return f.isNaN() || f.isInfinite() ? null : f.doubleValue();
        }
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return b.longValue();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (v instanceof Array a) {
            Object[] items = (Object[]) a.getArray();
            List<Object> list = new ArrayList<>(items.length);
            for (Object o : items) {
                list.add(plain(o));
            }
            return list;
        }
        if (v instanceof Object[] arr) {
            return new ArrayList<>(Arrays.asList(arr));
        }
        return v;
    }
}
