package se.finsambench.webapp.pages.quality;

import static se.finsambench.webapp.pages.Table.key;

import java.util.List;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.Request;
import se.finsambench.webapp.pages.Table;
import se.finsambench.webapp.pages.Table.Kind;

/** Datakvalitet as a page (no filters: it is the whole lake). */
public final class QualityPage {

    /** No filters: {@code truth} names the ground-truth file the app was started with, as part of the page's identity. */
    public record Filters(String truth) {
    }

    private QualityPage() {
    }

    public static Page<Filters> page(QualityService service) {
        return Page.of("datakvalitet", "/datakvalitet", "/api/datakvalitet", "Datakvalitet",
                "Vad som inte kunde läsas och varför (grupperat efter slag), underkända kontroller, flaggade indikatorer",
                List.of(), (Request r) -> new Filters(service.truthKey()), f -> service.page(),
                Table.of("problem", "Skäl", d -> (List<?>) d.info().get("problems"),
                        Table.text("Status", key("status")), Table.text("Slag", key("label")),
                        Table.number("Dokument", Kind.INTEGER, key("documents")), Table.number("Förekomster", Kind.INTEGER, key("n"))),
                Table.of("dokument", "Avvisade och delvis lästa dokument", d -> (List<?>) d.info().get("documents"),
                        Table.text("Status", key("status")), Table.text("Förbund", key("association_name")),
                        Table.text("Typ", key("doc_type")), Table.text("År", key("fiscal_year")),
                        Table.text("Skäl", key("problem_labels")), Table.text("Fil", key("file")),
                        Table.text("Dokument-id", key("doc_id"))),
                Table.of("kontroller", "Underkända kontroller", PageData::rows,
                        Table.text("Förbund", key("name")), Table.text("År", key("fiscal_year")),
                        Table.text("Kontroll", key("description")), Table.text("Enhet", key("unit")),
                        Table.number("Förväntat", Kind.DECIMAL, key("expected")),
                        Table.number("Faktiskt", Kind.DECIMAL, key("actual")), Table.text("Fil", key("file")),
                        Table.text("Dokument-id", key("doc_id"))),
                Table.of("flaggade", "Inkonsekventa indikatorer", d -> (List<?>) d.info().get("flaggedIndicators"),
                        Table.text("Förbund", key("name")), Table.text("Indikator", key("label")),
                        Table.text("Period", key("period_end")), Table.number("Värde", Kind.DECIMAL, key("value")),
                        Table.text("Kvalitet", key("quality"))));
    }
}
