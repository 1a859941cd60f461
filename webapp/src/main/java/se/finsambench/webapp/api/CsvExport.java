package se.finsambench.webapp.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.finsambench.webapp.pages.IndicatorInfo;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.RankedValue;

/**
 * The comparison table as CSV, exactly the rows and columns the page shows, streamed to the client.
 * Values are plain numbers in the indicator's unit (kr, %, pp, per 1000) so that a spreadsheet can sum them.
 */
final class CsvExport {

    private final Services s;

    CsvExport(Services services) {
        this.s = services;
    }

    void comparison(Context ctx) throws IOException {
        PageData data = s.comparison().compare(ApiHandlers.comparisonQuery(ctx));
        IndicatorInfo info = (IndicatorInfo) data.info().get("indicator");
        Object year = ((java.util.Map<?, ?>) data.info().get("filters")).get("ar");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"jamforelse-" + info.id() + "-" + year + ".csv\"");
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
                "rang", "forbund_id", "forbund", "lan", "indikator", "varde", "enhet", "kvalitet", "kvartil", "period_slut")
                .get())) {
            for (Object o : data.rows()) {
                RankedValue r = (RankedValue) o;
                csv.printRecord(r.rank(), r.associationId(), r.name(), r.county(), info.label(),
                        r.value() == null ? "" : String.format(Locale.ROOT, "%.4f", r.value()), r.unit(), r.quality(),
                        r.quartile(), r.periodEnd());
            }
        }
    }
}
