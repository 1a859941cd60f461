package se.finsambench.webapp.sql;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Start-up helpers for the workbench: whether a listening address needs a token, a new token, a duration option. */
public final class SqlToken {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "[::1]", "localhost");

    private SqlToken() {
    }

    /** A fresh token when the server can be reached from other machines; none on a loopback address. */
    public static Optional<String> neededFor(String host) {
        if (LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** "30s", "2m", "500ms" or a number of seconds. */
    public static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a duration looks like 30s, 2m or 500ms, not " + text);
        }
    }
}
