package se.finsambench.webapp.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.export.CsvDialect;
import se.finsambench.webapp.export.TableExport;
import se.finsambench.webapp.pages.InvalidFilterException;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.Request;
import se.finsambench.webapp.pages.Table;

/**
 * {@code GET /api/export/{page}/{table}.csv|.xlsx} with the page's own filters: exactly the rows the page shows,
 * in a file whose name holds the filter state. The file is made in memory first, so a failure is a JSON error
 * and not a cut file.
 */
final class ExportHandlers {

    private final Services s;

    ExportHandlers(Services services) {
        this.s = services;
    }

    void export(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String table = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new InvalidFilterException("file", "Filen ska sluta på .csv eller .xlsx, inte " + file);
        }
        Page<?> page = s.pages().byKey(ctx.pathParam("page"));
        Table spec = page.table(table);
        Request request = Requests.of(ctx);
        CsvDialect dialect = CsvDialect.parse(request.param("dialekt"));
        PageData data = page.answer(request);
        List<?> rows = spec.rows().apply(data);
        Map<?, ?> filters = data.info().get("filters") instanceof Map<?, ?> m ? m : Map.of();
        String name = TableExport.fileName(page.key(), spec.name(), filters, format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.equals("csv")) {
            TableExport.csv(spec, rows == null ? List.of() : rows, dialect, out);
            ctx.contentType("text/csv; charset=utf-8");
        } else {
            TableExport.xlsx(spec, rows == null ? List.of() : rows, page.title() + " " + spec.title(), out);
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.result(out.toByteArray());
    }
}
