package se.finsambench.webapp.pages;

import java.util.List;
import java.util.function.Supplier;

/**
 * One parameter of a page and its JSON twin, as the OpenAPI document describes it. {@code example} is asked for
 * when the document is built, so examples name what the served lake holds.
 *
 * @param type    OpenAPI type: string or integer
 * @param values  the allowed values when they are a fixed list, else empty
 * @param pattern a regular expression the value matches, or null
 */
public record Param(String name, boolean inPath, String type, String description, List<String> values, String pattern,
                    Supplier<String> example) {

    public static Param query(String name, String type, String description, Supplier<String> example) {
        return new Param(name, false, type, description, List.of(), null, example);
    }

    public static Param path(String name, String description, Supplier<String> example) {
        return new Param(name, true, "string", description, List.of(), null, example);
    }

    public Param oneOf(String... allowed) {
        return new Param(name, inPath, type, description, List.of(allowed), pattern, example);
    }

    public Param matching(String regex) {
        return new Param(name, inPath, type, description, values, regex, example);
    }

    /** The common ones. */
    public static Param year(Supplier<String> example) {
        return query("ar", "integer", "Räkenskapsår (ÅÅÅÅ); utan värde det senaste året med uppgifter", example)
                .matching("^\\d{4}$");
    }

    public static Param period() {
        return query("period", "string", "helar (helår) eller halvar (halvår, t.o.m. 30 juni); aldrig blandade",
                () -> "helar").oneOf("helar", "halvar");
    }

    public static Param group(Supplier<String> example) {
        return query("grupp", "string", "Jämförelsegrupp: alla, lan:<kod>, storlek:liten|medel|stor, medlemmar:<antal>,"
                + " liknande:<förbund> (de 7 mest lika) eller valda:<id>,<id>,…", example)
                .matching("^(alla|lan:\\d{2}|storlek:(liten|medel|stor)|medlemmar:\\d{1,2}|liknande:[a-z0-9-]+(:\\d{1,2})?|valda:[a-z0-9,-]+)$");
    }
}
