package se.finsambench.webapp.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The indicators of DESIGN.md with Swedish labels; NNS indicators are named by their number. */
public final class IndicatorCatalog {

    private static final Pattern NNS = Pattern.compile("nns_(\\d+)(_vs_national)?");
    private static final Map<String, IndicatorInfo> MAIN = new LinkedHashMap<>();

    static {
        add("cost_per_participant", "Kostnad per deltagare", "kr", -1,
                List.of("costs_individual", "intervention_cost", "participants_total"),
                "Kostnader för individinriktade insatser ÷ deltagare i dem");
        add("work_or_studies_share", "Andel till arbete eller studier", "%", 1,
                List.of("exits_work_or_studies", "exits_work", "exits_studies", "exits_total"),
                "Avslutade till arbete eller studier ÷ alla avslutade");
        add("admin_share", "Administrationens andel", "%", -1, List.of("costs_admin", "intervention_cost", "costs_total"),
                "Kansli, styrelse, revision m.m. ÷ verksamhetens kostnader");
        add("equity_ratio", "Soliditet", "%", 0, List.of("equity", "total_assets", "equity_ratio_reported"),
                "Eget kapital ÷ summa tillgångar");
        add("equity_to_contributions", "Eget kapital / medlemsbidrag", "%", -1, List.of("equity", "contribution_total"),
                "Eget kapital ÷ medlemsbidrag; Nationella rådet rekommenderar högst 20 %");
        add("result_margin", "Resultatmarginal", "%", 0, List.of("result", "revenue_total"), "Årets resultat ÷ intäkter");
        add("budget_deviation", "Budgetavvikelse (kostnader)", "%", 0, List.of("costs_total"),
                "(Utfall − budget) ÷ budget för verksamhetens kostnader");
        add("contribution_per_inhabitant", "Medlemsbidrag per invånare 20–74 år", "kr", 0,
                List.of("contribution_total"), "Medlemsbidrag ÷ invånare 20–74 år i medlemskommunerna (SCB)");
        add("participants_per_1000", "Deltagare per 1 000 invånare 20–74 år", "per 1000", 1,
                List.of("participants_total"), "Deltagare ÷ invånare 20–74 år × 1 000");
        add("women_share", "Andel kvinnor bland deltagarna", "%", 0,
                List.of("participants_women", "participants_total"), "Kvinnor ÷ alla deltagare");
    }

    private IndicatorCatalog() {
    }

    private static void add(String id, String label, String unit, int better, List<String> inputs, String help) {
        MAIN.put(id, new IndicatorInfo(id, label, unit, better, inputs, help));
    }

    public static Collection<IndicatorInfo> main() {
        return MAIN.values();
    }

    public static boolean isMain(String id) {
        return MAIN.containsKey(id);
    }

    /** Any indicator id of the lake, main or NNS; empty for ids the app does not know. */
    public static Optional<IndicatorInfo> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        IndicatorInfo main = MAIN.get(id);
        if (main != null) {
            return Optional.of(main);
        }
        Matcher m = NNS.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        String n = m.group(1);
        boolean vs = m.group(2) != null;
        List<String> inputs = vs ? List.of("nns_indicator", "nns_indicator_national") : List.of("nns_indicator");
        return Optional.of(new IndicatorInfo(id, vs ? "NNS-indikator " + n + " mot riket" : "NNS-indikator " + n,
                vs ? "pp" : "%", 1, inputs, vs ? "Skillnad mot riksgenomsnittet i procentenheter"
                        : "Andel klart positiva svar"));
    }

    /** The NNS indicator number of nns_&lt;n&gt; or nns_&lt;n&gt;_vs_national, or -1. */
    public static int nnsNumber(String id) {
        Matcher m = NNS.matcher(id == null ? "" : id);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Ids in the order the UI lists them, each once: main indicators first, then NNS by number. */
    public static List<IndicatorInfo> ordered(Collection<String> listed) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(listed);
        List<IndicatorInfo> out = new ArrayList<>();
        for (IndicatorInfo i : MAIN.values()) {
            if (ids.contains(i.id())) {
                out.add(i);
            }
        }
        ids.stream().filter(id -> !MAIN.containsKey(id)).map(IndicatorCatalog::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparingInt((IndicatorInfo i) -> nnsNumber(i.id()))
                        .thenComparing(IndicatorInfo::id))
                .forEach(out::add);
        return out;
    }
}
