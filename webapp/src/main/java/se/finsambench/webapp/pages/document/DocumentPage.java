package se.finsambench.webapp.pages.document;

import static se.finsambench.webapp.pages.Table.key;

import java.util.List;
import se.finsambench.webapp.pages.Examples;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.Param;
import se.finsambench.webapp.pages.Params;
import se.finsambench.webapp.pages.Request;
import se.finsambench.webapp.pages.Table;
import se.finsambench.webapp.pages.Table.Kind;

/** Dokument as a page: /dokument/{id}[?rad=N]. */
public final class DocumentPage {

    public record Filters(String id, Integer line) {
    }

    private DocumentPage() {
    }

    public static Page<Filters> page(DocumentService service, Examples examples) {
        return Page.of("dokument", "/dokument/{id}", "/api/dokument/{id}", "Dokument",
                "Ett dokuments normaliserade text med radnummer (och sidor för PDF), raden med en siffra markerad med"
                        + " tabellhuvud och grannrader, och alla uppgifter ur dokumentet",
                List.of(Param.path("id", "Dokument-id (sha-256)", examples::docId),
                        Param.query("rad", "integer", "Raden att markera", examples::line)),
                (Request r) -> new Filters(service.require(Params.docId(r, "id", true)), Params.integer(r, "rad", 1, 10_000_000)),
                service::page,
                Table.of("rader", "Text", PageData::rows, Table.number("Rad", Kind.INTEGER, key("line")),
                        Table.number("Sida", Kind.INTEGER, key("page")), Table.text("Text", key("text"))),
                Table.of("uppgifter", "Uppgifter", d -> (List<?>) d.info().get("facts"),
                        Table.number("Rad", Kind.INTEGER, key("source_line")), Table.text("Begrepp", key("concept")),
                        Table.text("Medlem", key("member")), Table.text("Scenario", key("scenario")),
                        Table.text("Period", key("period_end")), Table.number("Värde", Kind.DECIMAL, key("value")),
                        Table.text("Enhet", key("unit")), Table.text("Vald", key("selected"))))
                .under(null);
    }
}
