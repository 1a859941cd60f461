package se.finsambench.webapp.sql;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * DuckDB values as plain Java for JSON and CSV: numbers stay numbers (NaN and ±Infinity too, wide integers as
 * BigInteger), BLOBs bytes, dates and times ISO text, lists lists, structs and maps maps; anything else its text.
 */
public final class Values {

    private Values() {
    }

    public static Object plain(Object v) throws SQLException {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Integer
                || v instanceof Short || v instanceof Byte || v instanceof BigDecimal || v instanceof java.math.BigInteger) {
            return v;
        }
        if (v instanceof Double) {
            return v;
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof java.sql.Blob b) {
            return b.getBytes(1, (int) Math.min(Integer.MAX_VALUE - 8, b.length()));
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        if (v instanceof TemporalAccessor || v instanceof UUID) {
            return v.toString();
        }
        if (v instanceof Array a) {
            List<Object> list = new ArrayList<>();
            for (Object o : (Object[]) a.getArray()) {
                list.add(plain(o));
            }
            return list;
        }
        if (v instanceof org.duckdb.DuckDBStruct ds) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ds.getMap().entrySet()) {
                map.put(e.getKey(), plain(e.getValue()));
            }
            return map;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                map.put(String.valueOf(e.getKey()), plain(e.getValue()));
            }
            return map;
        }
        if (v instanceof byte[]) {
            return v;
        }
        return v.toString();
    }

    /**
     * A plain value as CSV text: numbers without exponents (NaN, Infinity, -Infinity as such), a BLOB as
     * {@code \x} and hex, lists and maps as JSON, null as empty.
     */
    public static String text(Object plain) {
        if (plain == null) {
            return null;
        }
        if (plain instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.toString();
        }
        if (plain instanceof byte[] bytes) {
            return "\\x" + java.util.HexFormat.of().withUpperCase().formatHex(bytes);
        }
        if (plain instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : BigDecimal.valueOf(d).toPlainString();
        }
        if (plain instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (plain instanceof List<?> || plain instanceof Map<?, ?>) {
            try {
                return Json.MAPPER.writeValueAsString(plain);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return plain.toString();
            }
        }
        return plain.toString();
    }
}
