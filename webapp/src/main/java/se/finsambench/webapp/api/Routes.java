package se.finsambench.webapp.api;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;

/** The route table: every page and its JSON twin, side by side. */
public final class Routes {

    private Routes() {
    }

    public static EndpointGroup table(Services services) {
        PageHandlers page = new PageHandlers(services);
        ApiHandlers api = new ApiHandlers(services);
        CsvExport csv = new CsvExport(services);
        SqlHandlers sql = new SqlHandlers(services);
        return () -> {
            get("/", page::overview);
            get("/api/oversikt", api::overview);

            get("/jamforelse", page::comparison);
            get("/api/jamforelse", api::comparison);
            get("/api/jamforelse.csv", csv::comparison);

            get("/forbund", page::associations);
            get("/api/forbund", api::associations);
            get("/forbund/{id}", page::association);
            get("/api/forbund/{id}", api::association);

            get("/fordelning", page::allocation);
            get("/api/fordelning", api::allocation);

            get("/nns", page::nns);
            get("/api/nns", api::nns);

            get("/datakvalitet", page::quality);
            get("/api/datakvalitet", api::quality);

            get("/kalla", page::source);
            get("/api/kalla", api::source);

            get("/sql", sql::page);
            post("/api/sql", sql::run);
            get("/api/sql/schema", sql::schema);
            get("/api/queries", sql::listQueries);
            post("/api/queries", sql::saveQuery);
            get("/api/queries/{id}", sql::query);
            delete("/api/queries/{id}", sql::deleteQuery);

            get("/api-dokumentation", page::apiDocs);
            get("/api/openapi.json", api::openApi);
            // Browsers ask for /favicon.ico whatever the page links; answer with the page's icon.
            get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg"));
        };
    }
}
