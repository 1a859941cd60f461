package se.finsambench.webapp.api;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.apibuilder.EndpointGroup;
import se.finsambench.webapp.pages.Page;

/**
 * The route table: every page of {@code pages.Pages} with its JSON twin and its table exports, registered from
 * its descriptor; then the document download, the SQL workbench and the API description.
 */
public final class Routes {

    private Routes() {
    }

    public static EndpointGroup table(Services services) {
        PageHandlers page = new PageHandlers(services);
        ApiHandlers api = new ApiHandlers(services);
        ExportHandlers export = new ExportHandlers(services);
        DocumentFiles files = new DocumentFiles(services);
        SqlHandlers sql = new SqlHandlers(services);
        se.finsambench.webapp.api.Page.setMenu(services.pages().all());
        return () -> {
            for (Page<?> p : services.pages().all()) {
                get(p.path(), ctx -> page.page(ctx, p));
                get(p.apiPath(), ctx -> api.page(ctx, p));
            }
            get("/api/export/{page}/{file}", export::export);
            get("/api/dokument/{id}/original", files::original);

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
