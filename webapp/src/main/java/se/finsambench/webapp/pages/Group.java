package se.finsambench.webapp.pages;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which associations a page shows: {@code alla}, {@code lan:<county code>}, {@code storlek:<class>},
 * {@code medlemmar:<number of member municipalities>}, {@code liknande:<id>[:<n>]} (the association and its n most
 * similar, default 7, as Kolada's "liknande") or {@code valda:<id>,<id>,…} (picked by hand, kept in the URL).
 * The national median always stays national.
 */
public record Group(String kind, String value) {

    public static final Group ALL = new Group("alla", null);
    public static final int DEFAULT_PEERS = 7;

    public static Group parse(Request r) {
        return parse(r.param("grupp"));
    }

    public static Group parse(String text) {
        if (text == null || text.isBlank() || text.equals("alla")) {
            return ALL;
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        boolean ok = switch (kind) {
            case "lan" -> value.matches("\\d{2}");
            case "storlek" -> AssociationDirectory.SIZE_CLASSES.containsKey(value);
            case "medlemmar" -> value.matches("\\d{1,2}");
            case "liknande" -> value.matches("[a-z0-9][a-z0-9-]{0,99}(:\\d{1,2})?");
            case "valda" -> value.matches("[a-z0-9][a-z0-9-]{0,99}(,[a-z0-9][a-z0-9-]{0,99}){0,99}");
            default -> false;
        };
        if (!ok) {
            throw new InvalidFilterException("grupp", "grupp ska vara alla, lan:<kod>, storlek:liten|medel|stor,"
                    + " medlemmar:<antal>, liknande:<förbund> eller valda:<förbund>,<förbund>, inte " + text);
        }
        return new Group(kind, value);
    }

    /** The associations of a liknande or valda group (null for the others, which are decided per association). */
    public Set<String> ids(PeerGroups peers) {
        return switch (kind) {
            case "liknande" -> {
                String[] p = value.split(":");
                yield peers.groupOf(p[0], p.length > 1 ? Integer.parseInt(p[1]) : DEFAULT_PEERS);
            }
            case "valda" -> new LinkedHashSet<>(Arrays.asList(value.split(",")));
            default -> null;
        };
    }

    public boolean includes(AssociationInfo a, Set<String> ids) {
        return switch (kind) {
            case "lan" -> a.countyCodes().contains(value);
            case "storlek" -> value.equals(a.sizeClass());
            case "medlemmar" -> a.members().size() == Integer.parseInt(value);
            case "liknande", "valda" -> ids.contains(a.id());
            default -> true;
        };
    }

    /** The association a liknande group is built around, or the first one picked by hand. */
    public Optional<String> anchor() {
        return switch (kind) {
            case "liknande" -> Optional.of(value.split(":")[0]);
            case "valda" -> Optional.of(value.split(",")[0]);
            default -> Optional.empty();
        };
    }

    /** Whether an association, by id, is in the group ({@code ids} from {@link #ids}); false for ids not in the lake. */
    public Predicate<String> contains(AssociationDirectory directory, Set<String> ids) {
        return id -> directory.find(id).map(a -> includes(a, ids)).orElse(false);
    }

    /** As in the URL. */
    public String param() {
        return value == null ? kind : kind + ":" + value;
    }

    /** How the page names the group. */
    public String label(AssociationDirectory directory) {
        return switch (kind) {
            case "lan" -> directory.municipalities().county(value).map(c -> c.name()).orElse("Län " + value);
            case "storlek" -> "Storlek: " + value + " (" + AssociationDirectory.SIZE_CLASSES.get(value) + ")";
            case "medlemmar" -> value + (value.equals("1") ? " medlemskommun" : " medlemskommuner");
            case "liknande" -> {
                String[] p = value.split(":");
                yield "Liknande " + directory.find(p[0]).map(AssociationInfo::name).orElse(p[0]) + " ("
                        + (p.length > 1 ? p[1] : DEFAULT_PEERS) + " mest lika)";
            }
            case "valda" -> "Valda förbund (" + value.split(",").length + ")";
            default -> "Alla förbund";
        };
    }
}
