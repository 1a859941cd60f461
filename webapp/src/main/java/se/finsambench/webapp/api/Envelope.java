package se.finsambench.webapp.api;

import java.util.LinkedHashMap;
import java.util.Map;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.pages.PageData;

/** The one JSON shape of every /api answer: {ok, rows, truncated, runId, synthetic, …} or {ok:false, error, status}. */
final class Envelope {

    private Envelope() {
    }

    static Map<String, Object> ok(Lake lake, PageData data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("rows", data.rows());
        out.put("truncated", data.truncated());
        out.put("runId", lake.runId());
        out.put("synthetic", lake.synthetic());
        data.info().forEach(out::putIfAbsent);
        return out;
    }

    static Map<String, Object> error(int status, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", false);
        out.put("error", message);
        out.put("status", status);
        return out;
    }

    /** An error caused by one parameter, which it names so a client can mark the field. */
    static Map<String, Object> invalid(String message, String parameter) {
        Map<String, Object> out = error(400, message, "invalid");
        out.put("parameter", parameter);
        return out;
    }

    /** An error with its kind (refused, invalid, timeout …), so the SQL page can say what to change. */
    static Map<String, Object> error(int status, String message, String kind) {
        Map<String, Object> out = error(status, message);
        out.put("kind", kind);
        return out;
    }
}
