package se.finsambench.webapp.pages;

/**
 * Which associations a comparison shows: {@code alla}, {@code lan:<county code>}, {@code storlek:<class>}
 * or {@code medlemmar:<number of member municipalities>}. The national median always stays national.
 */
public record Group(String kind, String value) {

    public static final Group ALL = new Group("alla", null);

    public static Group parse(String text) {
        if (text == null || text.isBlank() || text.equals("alla")) {
            return ALL;
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        switch (kind) {
            case "lan" -> {
                if (!value.matches("\\d{2}")) {
                    throw new InvalidFilterException("grupp=lan:<kod> kräver en länskod med två siffror, t.ex. lan:12");
                }
            }
            case "storlek" -> {
                if (!AssociationDirectory.SIZE_CLASSES.containsKey(value)) {
                    throw new InvalidFilterException("grupp=storlek: ska vara liten, medel eller stor");
                }
            }
            case "medlemmar" -> {
                if (!value.matches("\\d{1,2}")) {
                    throw new InvalidFilterException("grupp=medlemmar:<antal> kräver ett antal medlemskommuner");
                }
            }
            default -> throw new InvalidFilterException(
                    "grupp ska vara alla, lan:<kod>, storlek:<klass> eller medlemmar:<antal>, inte " + text);
        }
        return new Group(kind, value);
    }

    public boolean includes(AssociationInfo a) {
        return switch (kind) {
            case "lan" -> a.countyCodes().contains(value);
            case "storlek" -> value.equals(a.sizeClass());
            case "medlemmar" -> a.members().size() == Integer.parseInt(value);
            default -> true;
        };
    }

    /** As in the URL. */
    public String param() {
        return value == null ? kind : kind + ":" + value;
    }
}
