package se.finsambench.webapp.pages.association;

import static se.finsambench.webapp.pages.Table.key;

import java.util.List;
import se.finsambench.webapp.pages.AssociationDirectory;
import se.finsambench.webapp.pages.AssociationInfo;
import se.finsambench.webapp.pages.Examples;
import se.finsambench.webapp.pages.Group;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.Param;
import se.finsambench.webapp.pages.PeerGroups;
import se.finsambench.webapp.pages.Request;
import se.finsambench.webapp.pages.Table;
import se.finsambench.webapp.pages.Table.Kind;

/** Förbund: the list of associations and one association's profile. */
public final class AssociationPage {

    public record ListFilters(Group group) {
    }

    public record Filters(String id, Group group) {
    }

    private AssociationPage() {
    }

    public static Page<ListFilters> list(AssociationDirectory directory, PeerGroups peers, Examples examples) {
        return Page.of("forbundslista", "/forbund", "/api/forbund", "Förbund",
                "Alla samordningsförbund i sjön med län, medlemskommuner och storlek",
                List.of(Param.group(examples::group)), (Request r) -> new ListFilters(Group.parse(r)),
                f -> {
                    var ids = f.group().ids(peers);
                    List<AssociationInfo> rows = directory.all().values().stream()
                            .filter(a -> f.group().includes(a, ids)).toList();
                    return PageData.of(rows).with("filters", java.util.Map.of("grupp", f.group().param()))
                            .with("groupLabel", f.group().label(directory));
                },
                Table.of("forbund", "Förbund", PageData::rows,
                        Table.text("Förbunds-id", key("id")), Table.text("Förbund", key("name")),
                        Table.text("Organisationsnummer", key("orgNumber")), Table.text("Län", key("county")),
                        Table.text("Medlemskommuner", key("members")),
                        Table.number("Invånare 20–74 år", Kind.INTEGER, key("workingAge")),
                        Table.text("Storlek", key("sizeClass"))));
    }

    public static Page<Filters> profile(AssociationService service, AssociationDirectory directory, Examples examples) {
        return Page.of("forbund", "/forbund/{id}", "/api/forbund/{id}", "Förbund",
                "Ett förbund över tid mot riksmedianen och kvartilerna (och en jämförelsegrupps median): indikatorer, medlemsbidrag, insatser, NNS, dokument",
                List.of(Param.path("id", "Förbundets id (association_id)", examples::association),
                        Param.group(examples::group)),
                (Request r) -> new Filters(directory.require(r.pathParam("id")).id(), Group.parse(r)),
                service::page,
                Table.of("indikatorer", "Indikatorer", PageData::rows,
                        Table.text("Indikator", key("label")), Table.text("Indikator-id", key("indicator_id")),
                        Table.text("Period", key("period_end")), Table.number("Värde", Kind.DECIMAL, key("value")),
                        Table.text("Enhet", key("unit")), Table.text("Kvalitet", key("quality")),
                        Table.number("Riksmedian", Kind.DECIMAL, key("nationalMedian")),
                        Table.number("Rikets nedre kvartil", Kind.DECIMAL, key("nationalQ1")),
                        Table.number("Rikets övre kvartil", Kind.DECIMAL, key("nationalQ3")),
                        Table.number("Gruppens median", Kind.DECIMAL, key("groupMedian"))),
                Table.of("medlemsbidrag", "Medlemsbidrag", d -> (List<?>) d.info().get("contributions"),
                        Table.text("År", key("fiscal_year")), Table.text("Begrepp", key("concept")),
                        Table.text("Medlem", key("member")), Table.number("Belopp (kr)", Kind.KR, key("value"))),
                Table.of("insatser", "Insatser", d -> (List<?>) d.info().get("interventions"),
                        Table.text("Insats", key("name")), Table.text("Period", key("period_end")),
                        Table.number("Kostnad (kr)", Kind.KR, key("intervention_cost.value")),
                        Table.number("Deltagare", Kind.INTEGER, key("participants_total.value")),
                        Table.number("Avslutade", Kind.INTEGER, key("exits_total.value")),
                        Table.number("Till arbete eller studier", Kind.INTEGER, key("exits_work_or_studies.value"))),
                Table.of("nns", "NNS-indikatorer", d -> (List<?>) d.info().get("nns"),
                        Table.number("Indikator", Kind.INTEGER, key("number")), Table.text("Lydelse", key("wording")),
                        Table.text("Period", key("period_end")), Table.number("Förbundet (%)", Kind.PERCENT, key("value")),
                        Table.number("Riket (%)", Kind.PERCENT, key("national")),
                        Table.number("Gruppens median (%)", Kind.PERCENT, key("groupMedian")),
                        Table.number("Skillnad (p.e.)", Kind.PERCENT, key("difference"))),
                Table.of("dokument", "Dokument", d -> (List<?>) d.info().get("documents"),
                        Table.text("Dokument-id", key("doc_id")), Table.text("Typ", key("doc_type")),
                        Table.text("År", key("fiscal_year")), Table.text("Period", key("period_end")),
                        Table.text("Status", key("status")), Table.text("Fil", key("file_name"))))
                .under("/forbund");
    }
}
