package se.finsambench.webapp.pages.peers;

import static se.finsambench.webapp.pages.Table.key;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.pages.AssociationDirectory;
import se.finsambench.webapp.pages.Examples;
import se.finsambench.webapp.pages.Group;
import se.finsambench.webapp.pages.IndicatorCatalog;
import se.finsambench.webapp.pages.IndicatorInfo;
import se.finsambench.webapp.pages.InvalidFilterException;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.Param;
import se.finsambench.webapp.pages.Params;
import se.finsambench.webapp.pages.PeerGroups;
import se.finsambench.webapp.pages.PeerGroups.Criterion;
import se.finsambench.webapp.pages.Request;
import se.finsambench.webapp.pages.Table;
import se.finsambench.webapp.pages.Table.Kind;

/**
 * Liknande förbund: pick an association, criteria and weights, and get the most similar associations by the
 * difference index; the result is a group ({@code grupp=valda:…}, or {@code liknande:<id>} for the defaults) that
 * every page takes.
 */
public final class PeersPage {

    public record Filters(String association, List<Criterion> criteria, int count) {
    }

    private PeersPage() {
    }

    public static Filters parse(Request r, AssociationDirectory directory) {
        String id = Params.slug(r, "forbund", false);
        if (id == null) {
            id = directory.all().keySet().stream().findFirst()
                    .orElseThrow(() -> new InvalidFilterException("forbund", "Sjön har inga förbund"));
        }
        directory.require(id);
        List<Criterion> criteria = PeerGroups.DEFAULT;
        String named = r.param("kriterier");
        if (named != null) {
            String[] ids = named.split(",");
            String[] weights = r.param("vikter") == null ? new String[0] : r.param("vikter").split(",");
            criteria = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                String c = ids[i].strip();
                if (!c.equals("invanare") && !c.equals("medlemmar") && (!IndicatorCatalog.isMain(c))) {
                    throw new InvalidFilterException("kriterier", "Okänt kriterium: " + c);
                }
                double w = 1;
                if (i < weights.length) {
                    if (!weights[i].strip().matches("\\d{1,2}")) {
                        throw new InvalidFilterException("vikter", "vikter ska vara heltal 0–99 i kriteriernas ordning, inte " + weights[i]);
                    }
                    w = Integer.parseInt(weights[i].strip());
                }
                criteria.add(new Criterion(c, w));
            }
        }
        Integer n = Params.integer(r, "antal", 1, 30);
        return new Filters(id, List.copyOf(criteria), n == null ? Group.DEFAULT_PEERS : n);
    }

    public static Page<Filters> page(PeerGroups peers, AssociationDirectory directory, Examples examples) {
        return Page.of("liknande", "/liknande", "/api/liknande", "Liknande",
                "De förbund som mest liknar ett valt förbund enligt valda kriterier och vikter (skillnadsindex)",
                List.of(Param.query("forbund", "string", "Förbunds-id", examples::association),
                        Param.query("kriterier", "string", "Kriterier, kommaseparerade: invanare, medlemmar eller indikator-id",
                                () -> "invanare,medlemmar,contribution_per_inhabitant"),
                        Param.query("vikter", "string", "Vikt per kriterium (0–99), i samma ordning", () -> "1,1,2"),
                        Param.query("antal", "integer", "Antal liknande förbund (1–30), standard 7", () -> "7")),
                r -> parse(r, directory), f -> data(f, peers, directory),
                Table.of("liknande", "Liknande förbund", PageData::rows,
                        Table.text("Förbunds-id", key("associationId")), Table.text("Förbund", key("name")),
                        Table.number("Skillnadsindex", Kind.DECIMAL, key("index")),
                        Table.number("Kriterier", Kind.INTEGER, key("criteria"))));
    }

    private static PageData data(Filters f, PeerGroups peers, AssociationDirectory directory) {
        List<PeerGroups.Similar> similar = peers.similar(f.association(), f.criteria(), f.count());
        List<String> ids = new ArrayList<>(List.of(f.association()));
        similar.forEach(s -> ids.add(s.associationId()));
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(Map.of("value", "invanare", "label", "Invånare 20–74 år (storlek)"));
        options.add(Map.of("value", "medlemmar", "label", "Antal medlemskommuner"));
        for (IndicatorInfo i : IndicatorCatalog.main()) {
            options.add(Map.of("value", i.id(), "label", i.label()));
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("forbund", f.association());
        filters.put("kriterier", String.join(",", f.criteria().stream().map(Criterion::id).toList()));
        filters.put("vikter", String.join(",", f.criteria().stream().map(c -> String.valueOf((int) c.weight())).toList()));
        filters.put("antal", f.count());
        boolean defaults = f.criteria().equals(PeerGroups.DEFAULT);
        return PageData.of(similar).with("filters", filters)
                .with("association", directory.require(f.association()))
                .with("criteria", options)
                .with("group", defaults ? "liknande:" + f.association() + (f.count() == Group.DEFAULT_PEERS ? "" : ":" + f.count())
                        : "valda:" + String.join(",", ids))
                .with("associations", directory.all().values().stream()
                        .map(a -> Map.of("value", a.id(), "label", a.name())).toList());
    }
}
