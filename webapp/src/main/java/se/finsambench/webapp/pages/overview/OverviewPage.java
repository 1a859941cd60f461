package se.finsambench.webapp.pages.overview;

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

/** Översikt as a page. */
public final class OverviewPage {

    public record Filters(Integer year, Group group) {
    }

    private OverviewPage() {
    }

    public static Page<Filters> page(OverviewService service, Examples examples) {
        return Page.of("oversikt", "/", "/api/oversikt", "Översikt",
                "Riksbilden för ett helår: förbund, dokument, huvudindikatorernas spridning och största förändringar",
                List.of(Param.year(examples::year), Param.group(examples::group)),
                (Request r) -> new Filters(Params.year(r), Group.parse(r)), service::overview,
                Table.of("indikatorer", "Huvudindikatorer", PageData::rows,
                        Table.text("Indikator", key("label")), Table.text("Enhet", key("unit")),
                        Table.number("Förbund", Kind.INTEGER, key("spread.n")),
                        Table.number("Nedre kvartil", Kind.DECIMAL, key("spread.q1")),
                        Table.number("Median", Kind.DECIMAL, key("spread.median")),
                        Table.number("Övre kvartil", Kind.DECIMAL, key("spread.q3")),
                        Table.number("Min", Kind.DECIMAL, key("spread.min")),
                        Table.number("Max", Kind.DECIMAL, key("spread.max")),
                        Table.number("Gruppens median", Kind.DECIMAL, key("groupSpread.median"))),
                Table.of("forandringar", "Största förändringar", d -> (List<?>) d.info().get("movers"),
                        Table.text("Förbund", m -> ((Mover) m).name()), Table.text("Indikator", m -> ((Mover) m).label()),
                        Table.number("Året före", Kind.DECIMAL, m -> ((Mover) m).from()),
                        Table.number("Året", Kind.DECIMAL, m -> ((Mover) m).to()),
                        Table.number("Förändring", Kind.DECIMAL, m -> ((Mover) m).change())));
    }
}
