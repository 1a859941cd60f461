package se.finsambench.webapp.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A page as the HTML shell sees it: path, Swedish title, the key of its fragment and script, the menu entry it is
 * under (null: none), and whether it takes a comparison group ({@code grupp}), which its menu link then keeps. The
 * data pages come from their descriptors ({@code pages.Page}); SQL and API are the two the shell serves without one.
 */
record Page(String path, String title, String key, String menu, boolean takesGroup) {

    static final Page SQL = new Page("/sql", "SQL", "sql", "/sql", false);
    static final Page API = new Page("/api-dokumentation", "API", "api-dokumentation", "/api-dokumentation", false);

    /** The menu, in order: the data pages' own entries, then SQL and API. Set once by {@link Routes}. */
    private static volatile List<Page> entries = List.of(SQL, API);

    static Page of(se.finsambench.webapp.pages.Page<?> p) {
        return new Page(p.path(), p.title(), p.key(), p.menu(), p.params().stream().anyMatch(x -> x.name().equals("grupp")));
    }

    static void setMenu(List<se.finsambench.webapp.pages.Page<?>> pages) {
        List<Page> out = new ArrayList<>();
        pages.stream().filter(se.finsambench.webapp.pages.Page::inMenu).map(Page::of).forEach(out::add);
        out.add(SQL);
        out.add(API);
        entries = List.copyOf(out);
    }

    static List<Page> entries() {
        return entries;
    }
}
