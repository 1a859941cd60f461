package se.finsambench.webapp.pages.source;

import java.time.LocalDate;
import java.util.List;
import se.finsambench.webapp.pages.Examples;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.Param;
import se.finsambench.webapp.pages.Params;
import se.finsambench.webapp.pages.Request;

/** Källa as a page: a fact by document and line, or an indicator by association, id and period end. */
public final class SourcePage {

    public record Filters(String doc, Integer line, String concept, String member, String association, String indicator,
                          LocalDate period) {
    }

    private SourcePage() {
    }

    public static Filters parse(Request r) {
        return new Filters(Params.docId(r, "dok", false), Params.integer(r, "rad", 1, 10_000_000), Params.text(r, "begrepp"),
                Params.text(r, "medlem"), Params.slug(r, "forbund", false), Params.indicator(r, "indikator"),
                Params.date(r, "period"));
    }

    public static Page<Filters> page(SourceService service, Examples examples) {
        return Page.of("kalla", "/kalla", "/api/kalla", "Källa",
                "Var en siffra kommer ifrån: en uppgift (dok, rad) eller en indikators indata (forbund, indikator, period)",
                List.of(Param.query("dok", "string", "Dokument-id (sha-256)", examples::docId).matching("^[0-9a-f]{64}$"),
                        Param.query("rad", "integer", "Rad i dokumentets text (1-baserad)", examples::line),
                        Param.query("begrepp", "string", "Begrepp (facts.concept), smalnar av raden", () -> null),
                        Param.query("medlem", "string", "Medlem (facts.member), smalnar av raden", () -> null),
                        Param.query("forbund", "string", "Förbunds-id, för en indikator", examples::association),
                        Param.query("indikator", "string", "Indikator-id; med forbund och period", () -> "admin_share"),
                        Param.query("period", "string", "Periodens slutdag ÅÅÅÅ-MM-DD, för en indikator", examples::periodEnd)
                                .matching("^\\d{4}-\\d{2}-\\d{2}$")),
                SourcePage::parse, service::page).under(null);
    }
}
