package se.finsambench.webapp.pages;

import java.util.List;
import java.util.function.Function;

/**
 * One page, as a value: its URL and JSON twin, title and place in the menu, its parameters, how they become its
 * filters (a value object, parsed in one place for the HTML page, its JSON and its exports), its data, and its
 * tables for CSV/Excel. The body fragment and script are resources named by {@code key}
 * (pages/&lt;key&gt;.html, public/js/&lt;key&gt;.js). {@code api/Routes} registers every page from this; the OpenAPI
 * document is built from it.
 *
 * @param apiPath the JSON twin, or null for a page without data of its own
 * @param menu    the menu entry the page belongs to (its own path, or its list's: a profile is under Förbund)
 */
public record Page<F>(String key, String path, String apiPath, String title, String menu, String summary,
                      List<Param> params, Function<Request, F> filters, Function<F, PageData> data, List<Table> tables) {

    public static <F> Page<F> of(String key, String path, String apiPath, String title, String summary, List<Param> params,
                                 Function<Request, F> filters, Function<F, PageData> data, Table... tables) {
        return new Page<>(key, path, apiPath, title, path, summary, params, filters, data, List.of(tables));
    }

    /** The same page listed under another menu entry (null: not in the menu). */
    public Page<F> under(String menuPath) {
        return new Page<>(key, path, apiPath, title, menuPath, summary, params, filters, data, tables);
    }

    public boolean inMenu() {
        return path.equals(menu);
    }

    /** Reads the filters and computes the data, so that both steps are one call for the API and the exports. */
    public PageData answer(Request request) {
        return data.apply(filters.apply(request));
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidFilterException("tabell", "tabell ska vara "
                        + String.join(", ", tables.stream().map(Table::name).toList()) + ", inte " + name));
    }
}
