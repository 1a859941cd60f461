package se.finsambench.webapp.bench;

import java.util.List;

/**
 * The Lua script wrk runs: it cycles through a list of paths (each wrk thread starting at its own place, so
 * the connections ask for different pages as users would) and, when done, prints one {@link WrkResult} line
 * with exact p50/p95/p99 from wrk's latency histogram and the error counts.
 */
final class WrkScript {

    private WrkScript() {
    }

    static String cycling(List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("wrk needs at least one path");
        }
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String p : paths) {
            lua.append("  ").append(luaString(p)).append(",\n");
        }
        lua.append("""
                }
                local started = 0
                function setup(thread)
                  thread:set("offset", started * 7919)
                  started = started + 1
                end
                local n = 0
                function init(args)
                  n = offset or 0
                end
                function request()
                  n = n + 1
                  return wrk.format("GET", paths[(n % #paths) + 1])
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("@MARKER@ requests=%d duration_us=%d p50_us=%.0f p95_us=%.0f p99_us=%.0f"
                    .. " connect=%d read=%d write=%d status=%d timeout=%d\\n",
                    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
                    latency:percentile(99), e.connect, e.read, e.write, e.status, e.timeout))
                end
                """.replace("@MARKER@", WrkResult.MARKER));
        return lua.toString();
    }

    /** A Lua string literal: paths come from the app's own answers, but quote them properly anyway. */
    static String luaString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\%03d", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
