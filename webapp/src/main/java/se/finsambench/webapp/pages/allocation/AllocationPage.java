package se.finsambench.webapp.pages.allocation;

import static se.finsambench.webapp.pages.Table.key;

import java.util.ArrayList;
import java.util.List;
import se.finsambench.webapp.pages.Examples;
import se.finsambench.webapp.pages.Group;
import se.finsambench.webapp.pages.InvalidFilterException;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.Param;
import se.finsambench.webapp.pages.Params;
import se.finsambench.webapp.pages.Request;
import se.finsambench.webapp.pages.Table;
import se.finsambench.webapp.pages.Table.Kind;

/** Fördelning as a page: a county's money per inhabitant, and a what-if split rule. */
public final class AllocationPage {

    /** @param rule the what-if split of the region's and municipalities' money: see {@link SplitRule} */
    public record Filters(String county, Integer year, SplitRule rule, Group group) {
    }

    private AllocationPage() {
    }

    public static Filters parse(Request r) {
        String county = r.param("lan");
        if (county != null && !county.matches("\\d{2}")) {
            throw new InvalidFilterException("lan", "lan ska vara en länskod med två siffror, t.ex. 12, inte " + county);
        }
        return new Filters(county, Params.year(r), SplitRule.parse(r.param("regel")), Group.parse(r));
    }

    public static Page<Filters> page(AllocationService service, Examples examples) {
        return Page.of("fordelning", "/fordelning", "/api/fordelning", "Fördelning",
                "Alla medel (stat, region, kommuner) per invånare per förbund och kommun i ett län, Gini, Lorenz och"
                        + " vad en annan fördelningsregel skulle ändra",
                List.of(Param.query("lan", "string", "Länskod (två siffror); utan värde länet där gruppens förbund ligger, annars det första", examples::county)
                                .matching("^\\d{2}$"),
                        Param.year(examples::year),
                        Param.query("regel", "string", "Tänkt fördelning av regionens och kommunernas medel: invanare"
                                + " (lika per invånare), nuvarande, bas50 (50 % lika per förbund, 50 % per invånare)",
                                () -> "invanare").oneOf(SplitRule.params()),
                        Param.group(examples::group)),
                AllocationPage::parse, service::allocation,
                Table.of("kommuner", "Per medlemskommun", PageData::rows,
                        Table.text("Kommun", key("municipality")), Table.text("Förbund", key("association")),
                        Table.number("Bidrag (kr)", Kind.KR, key("contribution.value")),
                        Table.number("Invånare", Kind.INTEGER, key("people")),
                        Table.text("Åldersgrupp", key("band")),
                        Table.number("Kr per invånare", Kind.DECIMAL, key("per_inhabitant")),
                        Table.number("Andel av bidragen (%)", Kind.PERCENT, key("share")),
                        Table.number("Andel av befolkningen (%)", Kind.PERCENT, key("population_share")),
                        Table.number("Tänkt bidrag (kr)", Kind.KR, key("what_if")),
                        Table.number("Förändring (kr)", Kind.KR, key("what_if_change"))),
                new Table("forbund", "Per förbund", d -> (List<?>) d.info().get("associations"), columns(
                        List.of(Table.text("Förbund", key("name")), Table.text("Medlemskommuner", key("members"))),
                        List.of(Table.number("Tänkt (kr)", Kind.KR, key("what_if")),
                                Table.number("Förändring (kr)", Kind.KR, key("what_if_change")),
                                Table.text("I gruppen", AllocationPage::inGroup)))),
                new Table("grupp", "Jämförelsegruppen", AllocationPage::groupRows, columns(
                        List.of(Table.text("Förbund", key("name")), Table.text("Län", key("county")),
                                Table.text("Medlemskommuner", key("members"))),
                        List.of())));
    }

    /** An association's money and inhabitants, between the columns that name it and those that follow. */
    private static List<Table.Column> columns(List<Table.Column> before, List<Table.Column> after) {
        List<Table.Column> out = new ArrayList<>(before);
        out.addAll(List.of(Table.number("Invånare", Kind.INTEGER, key("people")), Table.text("Åldersgrupp", key("band")),
                Table.number("Staten (kr)", Kind.KR, key("state.value")),
                Table.number("Regionen (kr)", Kind.KR, key("region.value")),
                Table.number("Kommunerna (kr)", Kind.KR, key("municipalities")),
                Table.number("Alla medel (kr)", Kind.KR, key("total")),
                Table.number("Kr per invånare", Kind.DECIMAL, key("per_inhabitant"))));
        out.addAll(after);
        return out;
    }

    private static Object inGroup(Object row) {
        Object v = key("in_group").apply(row);
        return v == null ? null : (Boolean) v ? "ja" : "nej";
    }

    /** The group's associations (empty without a group). */
    private static List<?> groupRows(PageData d) {
        Object group = d.info().get("group");
        return group == null ? List.of() : (List<?>) key("rows").apply(group);
    }
}
