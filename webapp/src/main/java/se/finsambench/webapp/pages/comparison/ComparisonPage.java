package se.finsambench.webapp.pages.comparison;

import static se.finsambench.webapp.pages.Table.key;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.Period;
import se.finsambench.webapp.pages.Examples;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.Params;
import se.finsambench.webapp.pages.Group;
import se.finsambench.webapp.pages.InvalidFilterException;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.Param;
import se.finsambench.webapp.pages.Request;
import se.finsambench.webapp.pages.Table;
import se.finsambench.webapp.pages.Table.Kind;

/** Jämförelse as a page: its filters, its data and its table. */
public final class ComparisonPage {

    /** @param periodEnd MM-DD of the half-years ranked together; null: the most common in the year */
    public record Filters(String indicator, Integer year, Period period, String periodEnd, Group group) {
    }

    private ComparisonPage() {
    }

    public static Filters parse(Request r) {
        String end = r.param("periodslut");
        if (end != null && !end.matches("(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])")) {
            throw new InvalidFilterException("periodslut", "periodslut ska vara MM-DD, t.ex. 06-30, inte " + end);
        }
        return new Filters(Params.indicator(r, "indikator"), Params.year(r), Params.period(r), end, Group.parse(r));
    }

    public static Page<Filters> page(ComparisonService service, Examples examples) {
        return Page.of("jamforelse", "/jamforelse", "/api/jamforelse", "Jämförelse",
                "En indikator för alla förbund ett år, rangordnad mot riksmedianen",
                List.of(Param.query("indikator", "string", "Indikator-id, t.ex. cost_per_participant eller nns_1",
                                () -> "cost_per_participant"),
                        Param.year(examples::year), Param.period(),
                        Param.query("periodslut", "string", "Halvår: dagen perioderna slutar (MM-DD); bara lika långa"
                                + " perioder rangordnas tillsammans. Utan värde den vanligaste.", () -> null)
                                .matching("^\\d{2}-\\d{2}$"),
                        Param.group(examples::group)),
                ComparisonPage::parse, service::compare,
                Table.of("rangordning", "Rangordning", PageData::rows,
                        Table.number("Rang", Kind.INTEGER, r -> ((RankedValue) r).rank()),
                        Table.text("Förbunds-id", r -> ((RankedValue) r).associationId()),
                        Table.text("Förbund", r -> ((RankedValue) r).name()),
                        Table.text("Län", r -> ((RankedValue) r).county()),
                        Table.number("Värde", Kind.DECIMAL, r -> ((RankedValue) r).value()),
                        Table.text("Enhet", r -> ((RankedValue) r).unit()),
                        Table.text("Kvalitet", r -> ((RankedValue) r).quality()),
                        Table.number("Kvartil", Kind.INTEGER, r -> ((RankedValue) r).quartile()),
                        Table.text("Period", r -> ((RankedValue) r).periodEnd())),
                Table.of("karta", "Kommuner på kartan", ComparisonPage::mapRows,
                        Table.text("Kommun", key("municipality")), Table.text("Kommunkod", key("code")),
                        Table.text("Förbund", key("association")), Table.number("Värde", Kind.DECIMAL, key("value"))));
    }

    /** The map's municipalities with their association's name and value, as the page shows them. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> mapRows(PageData d) {
        Map<String, RankedValue> byId = new HashMap<>();
        d.rows().forEach(r -> byId.put(((RankedValue) r).associationId(), (RankedValue) r));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : (List<?>) d.info().get("municipalities")) {
            Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) o);
            RankedValue r = byId.get((String) m.get("associationId"));
            m.put("association", r.name());
            m.put("value", r.value());
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> filters(String indicator, int year, Period period, String periodEnd, Group group) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("indikator", indicator);
        f.put("ar", year);
        f.put("period", period.param());
        f.put("periodslut", periodEnd);
        f.put("grupp", group.param());
        return f;
    }
}
