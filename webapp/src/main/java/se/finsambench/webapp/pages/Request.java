package se.finsambench.webapp.pages;

import java.util.List;
import java.util.Map;

/**
 * What a page is asked for, without Javalin: the query parameters (first value of each) and the path parameters.
 * Every value is checked once here for what no filter accepts (control characters such as %00, huge values), so
 * each page's parser only says what its own filters allow.
 */
public record Request(Map<String, List<String>> query, Map<String, String> path) {

    static final int MAX_LENGTH = 300;

    public Request {
        query.forEach((name, values) -> values.forEach(v -> check(name, v)));
        path.forEach(Request::check);
    }

    /** The first value of a query parameter; null when it is absent or blank. */
    public String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).strip();
    }

    /** A path parameter ({@code /forbund/{id}}), or the query parameter of that name (exports take it there). */
    public String pathParam(String name) {
        String v = path.get(name);
        return v != null ? v : param(name);
    }

    private static void check(String name, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidFilterException(name, name + " är för lång (högst " + MAX_LENGTH + " tecken)");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidFilterException(name, name + " innehåller ett otillåtet tecken");
            }
        }
    }
}
