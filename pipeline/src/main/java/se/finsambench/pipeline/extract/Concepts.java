package se.finsambench.pipeline.extract;

import java.util.Set;

/** Facts about concepts that every reader needs: their unit and how their sign is written. */
public final class Concepts {

    private static final Set<String> PERCENT = Set.of(
            "equity_ratio_reported", "equity_to_contributions_reported", "nns_indicator", "nns_indicator_national",
            "exits_work_or_studies_share_reported");
    private static final Set<String> COUNTS = Set.of(
            "participants_total", "participants_women", "participants_men", "exits_total", "exits_women", "exits_men",
            "exits_work", "exits_studies", "exits_work_or_studies", "board_meetings", "employees");
    // Written with either sign depending on the report's layout, but always a positive amount.
    private static final Set<String> MAGNITUDES = Set.of(
            "costs_total", "costs_operating", "depreciation", "intervention_cost", "costs_individual", "costs_structural",
            "costs_admin", "current_liabilities", "contribution", "contribution_total", "revenue_total", "other_grants",
            "total_assets", "cash", "cost_per_participant_reported");

    private Concepts() {
    }

    public static Unit unit(String concept) {
        return PERCENT.contains(concept) ? Unit.PCT : COUNTS.contains(concept) ? Unit.COUNT : Unit.SEK;
    }

    public static boolean isMagnitude(String concept) {
        return MAGNITUDES.contains(concept) || COUNTS.contains(concept);
    }

    public static boolean isCost(String concept) {
        return concept.startsWith("costs_") || concept.equals("intervention_cost") || concept.equals("depreciation");
    }

    public static boolean isRevenue(String concept) {
        return concept.equals("revenue_total") || concept.startsWith("contribution") || concept.equals("other_grants");
    }

    /** The women/men variant of a head-count concept, for columns headed Kvinnor or Män. */
    public static String gendered(String concept, String gender) {
        String suffix = gender.startsWith("k") ? "_women" : "_men";
        return switch (concept) {
            case "participants_total" -> "participants" + suffix;
            case "exits_total" -> "exits" + suffix;
            default -> null;
        };
    }
}
