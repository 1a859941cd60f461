package se.finsambench.webapp.pages.nns;

import static se.finsambench.webapp.pages.Table.key;

import java.util.List;
import se.finsambench.webapp.pages.Examples;
import se.finsambench.webapp.pages.Group;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.Param;
import se.finsambench.webapp.pages.Params;
import se.finsambench.webapp.pages.Request;
import se.finsambench.webapp.pages.Table;
import se.finsambench.webapp.pages.Table.Kind;

/** NNS-indikatorer as a page. */
public final class NnsPage {

    public record Filters(Integer year, String indicator, Group group) {
    }

    private NnsPage() {
    }

    public static Page<Filters> page(NnsService service, Examples examples) {
        return Page.of("nns", "/nns", "/api/nns", "NNS-indikatorer",
                "NNS-indikatorernas resultat mot riksgenomsnittet, med indikatorernas lydelse, som värmekarta och rangordning",
                List.of(Param.year(examples::year),
                        Param.query("indikator", "string", "NNS-indikator för rangordningen, nns_<nummer>", () -> "nns_1")
                                .matching("^nns_\\d{1,2}$"),
                        Param.group(examples::group)),
                (Request r) -> new Filters(Params.year(r), Params.indicator(r, "indikator"), Group.parse(r)), service::page,
                Table.of("rangordning", "Rangordning", PageData::rows,
                        Table.number("Rang", Kind.INTEGER, key("rank")), Table.text("Förbund", key("name")),
                        Table.number("Indikator", Kind.INTEGER, key("number")),
                        Table.number("Resultat (%)", Kind.PERCENT, key("value")),
                        Table.number("Riket (%)", Kind.PERCENT, key("national")),
                        Table.number("Skillnad (p.e.)", Kind.PERCENT, key("difference"))),
                Table.of("varmekarta", "Värmekarta", d -> (List<?>) d.info().get("cells"),
                        Table.text("Förbund", key("name")), Table.number("Indikator", Kind.INTEGER, key("number")),
                        Table.number("Resultat (%)", Kind.PERCENT, key("value")),
                        Table.number("Riket (%)", Kind.PERCENT, key("national")),
                        Table.number("Skillnad (p.e.)", Kind.PERCENT, key("difference"))),
                Table.of("riket", "Riksgenomsnitt per år", d -> (List<?>) d.info().get("national"),
                        Table.number("Indikator", Kind.INTEGER, key("number")), Table.text("År", key("fiscal_year")),
                        Table.number("Riket (%)", Kind.PERCENT, key("national")),
                        Table.number("Rapporter", Kind.INTEGER, key("reports"))));
    }
}
