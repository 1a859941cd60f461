package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sink writes each row exactly as Jackson's mapper writes the row on its own (the faithful-export rules). */
class JsonSinkTest {

    @Test
    void everyKindOfCellIsWrittenAsTheMapperWritesIt() throws Exception {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("a", 1L);
        struct.put("b", List.of("x", Double.NaN));
        List<Object[]> rows = List.of(
                new Object[] {null, "Ängslandets \"förbund\"\n\u0001</script>", 3_056_000.5, 42L, 7, true},
                new Object[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e21, 2e-3},
                new Object[] {new byte[] {0, 1, (byte) 0xff}, new BigInteger("170141183460469231731687303715884105727"),
                        new BigDecimal("12345678901234567890.0123456789"), List.of(1L, "två", List.of()), struct},
                new Object[] {"\uD83D\uDE00 emoji", "", false, Long.MIN_VALUE, Integer.MAX_VALUE, 0.1 + 0.2});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonSink sink = new JsonSink(out, Long.MAX_VALUE);
        sink.start(List.of(new Column("c", "VARCHAR")));
        List<String> expected = new ArrayList<>();
        for (Object[] row : rows) {
            sink.row(row);
            expected.add(new String(Json.MAPPER.writeValueAsBytes(row), StandardCharsets.UTF_8));
        }
        sink.finish(new Outcome(List.of(), rows.size(), false, false, 1), Map.of());
        String json = out.toString(StandardCharsets.UTF_8);
        String written = json.substring(json.indexOf("\"rows\":[") + 8, json.indexOf("],\"truncated\""));
        assertEquals(String.join(",", expected), written);
    }

    @Test
    void aRowThatWouldPassTheByteCapIsNotWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonSink sink = new JsonSink(out, 20);
        sink.start(List.of(new Column("c", "VARCHAR")));
        assertEquals(true, sink.row(new Object[] {"0123456789"}));     // ["0123456789"] = 14 bytes
        assertEquals(false, sink.row(new Object[] {"abc"}));           // ,["abc"] = 8 more: 22 > 20
        assertEquals(true, sink.row(new Object[] {1L}));               // ,[1] = 4 more: 18
        sink.finish(new Outcome(List.of(), 2, true, true, 1), Map.of());
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals("[\"0123456789\"],[1]", json.substring(json.indexOf("\"rows\":[") + 8, json.indexOf("],\"truncated\"")),
                Arrays.toString(out.toByteArray()));
    }
}
