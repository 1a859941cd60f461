package se.finsambench.webapp.api;

/** The HTML pages: their path, Swedish title, and the script and body fragment that belong to them. */
enum Page {
    OVERSIKT("/", "Översikt", "oversikt", true),
    JAMFORELSE("/jamforelse", "Jämförelse", "jamforelse", true),
    FORBUND_LISTA("/forbund", "Förbund", "forbundslista", true),
    FORBUND("/forbund/{id}", "Förbund", "forbund", false),
    FORDELNING("/fordelning", "Fördelning", "fordelning", true),
    NNS("/nns", "NNS-indikatorer", "nns", true),
    DATAKVALITET("/datakvalitet", "Datakvalitet", "datakvalitet", true),
    KALLA("/kalla", "Källa", "kalla", false),
    SQL("/sql", "SQL", "sql", true),
    API("/api-dokumentation", "API", "api-dokumentation", true);

    final String path;
    final String title;
    final String key;
    final boolean inMenu;

    Page(String path, String title, String key, boolean inMenu) {
        this.path = path;
        this.title = title;
        this.key = key;
        this.inMenu = inMenu;
    }
}
