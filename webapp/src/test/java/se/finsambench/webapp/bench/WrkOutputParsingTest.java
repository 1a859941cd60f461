package se.finsambench.webapp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrkOutputParsingTest {

    private static final String OUTPUT = """
            Running 10s test @ http://127.0.0.1:41235
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     4.12ms    3.01ms  48.22ms   88.10%
                Req/Sec     2.01k   210.33     2.40k    71.00%
              40123 requests in 10.00s, 1.40GB read
              Non-2xx or 3xx responses: 3
            Requests/sec:   4011.94
            Transfer/sec:    143.51MB
            wrk-result requests=40123 duration_us=10001234 p50_us=3210 p95_us=9876 p99_us=17002 connect=0 read=1 write=0 status=3 timeout=2
            """;

    @Test
    void readsThePercentilesAndCountsTheScriptPrints() {
        WrkResult r = WrkResult.parse(OUTPUT).orElseThrow();
        assertEquals(40123, r.requests());
        assertEquals(3.21, r.p50Millis(), 1e-9);
        assertEquals(9.876, r.p95Millis(), 1e-9);
        assertEquals(17.002, r.p99Millis(), 1e-9);
        assertEquals(40123 / 10.001234, r.requestsPerSecond(), 1e-6);
    }

    @Test
    void errorsAddSocketErrorsTimeoutsAndStatusErrors() {
        assertEquals(6, WrkResult.parse(OUTPUT).orElseThrow().errors());
    }

    @Test
    void outputWithoutTheResultLineIsEmpty() {
        assertTrue(WrkResult.parse("unable to connect to 127.0.0.1:1 Connection refused\n").isEmpty());
    }

    @Test
    void aResultLineMissingAFigureIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WrkResult.parse("wrk-result requests=1 duration_us=2"));
    }

    @Test
    void theScriptPrintsTheLineTheParserReads() {
        String lua = WrkScript.cycling(java.util.List.of("/api/forbund/a", "/api/jamforelse?indikator=x&ar=2023"));
        assertTrue(lua.contains("\"/api/jamforelse?indikator=x&ar=2023\""));
        assertTrue(lua.contains("latency:percentile(95)"));
        assertTrue(lua.contains("string.format(\"" + WrkResult.MARKER + " requests=%d"));
        assertTrue(lua.contains("e.status"));
    }

    @Test
    void pathsAreQuotedAsLuaStrings() {
        assertEquals("\"a\\\"b\\\\c\"", WrkScript.luaString("a\"b\\c"));
    }
}
