package se.finsambench.webapp.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import se.finsambench.webapp.sql.SqlError;

/**
 * Same origin only for what changes state or runs SQL. Every request to the SQL page and API, and every
 * request that is not a GET, must name one of the server's own host names in its {@code Host} header (a
 * DNS-rebinding page names its own). Every POST, PUT, PATCH and DELETE must come from the server's own origin:
 * an {@code Origin} header equal to {@code http(s)://<Host>}, or, without one, {@code Sec-Fetch-Site:
 * same-origin}; a request with neither is a script or curl, not a browser page. A body must be
 * {@code application/json}, which no HTML form can send and no cross-origin script can send without asking
 * first. A page on another port of the same host is another origin (cookies do not know ports, this does).
 * Anything else gets a 403 JSON answer.
 */
public final class SameOriginGuard {

    private final Set<String> hosts;

    SameOriginGuard(Collection<String> extraHosts) {
        Set<String> h = new HashSet<>(Set.of("localhost", "127.0.0.1", "::1"));
        extraHosts.forEach(x -> h.add(x.toLowerCase(Locale.ROOT)));
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    String ip = a.getHostAddress();
                    h.add(ip.contains("%") ? ip.substring(0, ip.indexOf('%')) : ip);
                }
            }
            InetAddress self = InetAddress.getLocalHost();
            h.add(self.getHostName().toLowerCase(Locale.ROOT));
            h.add(self.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (java.io.IOException e) {
            // Without the machine's own names only loopback and the configured names are served.
        }
        this.hosts = Set.copyOf(h);
    }

    /** Checks every request before its handler; {@code extraHosts} are names the server is reached by besides its own. */
    public static void install(Javalin app, Collection<String> extraHosts) {
        app.before(new SameOriginGuard(extraHosts)::check);
    }

    void check(Context ctx) {
        String method = ctx.method().name();
        boolean unsafe = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        String path = ctx.path();
        boolean sql = path.equals("/sql") || path.startsWith("/api/sql") || path.startsWith("/api/queries");
        if (!unsafe && !sql) {
            return;
        }
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(hostName(host))) {
            throw refused("Adressen " + (host == null ? "(ingen)" : host) + " är inte ett namn som den här servern har.");
        }
        if (!unsafe) {
            return;
        }
        String origin = ctx.header("Origin");
        String site = ctx.header("Sec-Fetch-Site");
        if (origin != null) {
            String o = origin.toLowerCase(Locale.ROOT);
            String h = host.toLowerCase(Locale.ROOT);
            if (!o.equals("http://" + h) && !o.equals("https://" + h)) {
                throw refused("Begäran kommer från en annan webbplats (" + origin + ").");
            }
        } else if (site != null && !site.equalsIgnoreCase("same-origin")) {
            throw refused("Begäran kommer från en annan webbplats (Sec-Fetch-Site: " + site + ").");
        }
        if (!method.equals("DELETE") && !isJson(ctx.contentType())) {
            throw refused("Skicka frågan som JSON med Content-Type: application/json.");
        }
    }

    /** The name part of a Host header: "Example.org:7070" → "example.org", "[::1]:7070" → "::1". */
    static String hostName(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().equalsIgnoreCase("application/json");
    }

    private static SqlError refused(String why) {
        return new SqlError(SqlError.Kind.CROSS_SITE, why + " SQL-sidan och dess API tar bara emot begäranden från"
                + " sin egen sida (eller från skript utan webbläsare).");
    }
}
