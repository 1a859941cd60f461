package se.finsambench.pipeline.generate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One association's figures for one year, in whole kronor, consistent by construction: revenue is
 * contributions plus other grants, costs are the cost lines, result is revenue minus costs, equity
 * moves by the result, and assets equal equity plus liabilities.
 *
 * @param municipalities contribution per member municipality, in member order
 * @param lineCosts      outcome per cost line: the active insatser, then "Kansli" and "Styrelse"
 * @param lineBudget     budget per cost line, whole thousands
 * @param participants   per individual insats
 * @param nns            the association's NNS indicator results (% clearly positive), by indicator
 */
record YearFinance(int year, long state, long region, Map<String, Long> municipalities, long otherGrants,
                   Map<String, Long> lineCosts, long costsIndividual, long costsStructural, long costsAdmin,
                   long revenue, long costs, long result, long equityOpening, long equity,
                   long receivables, long cash, long liabilities,
                   Map<String, Long> lineBudget, long budgetRevenue, long budgetCosts, long budgetResult,
                   Map<String, Participants> participants, int boardMeetings, Map<Integer, Integer> nns,
                   InterimFinance interim) {

    static final String KANSLI = "Kansli";
    static final String STYRELSE = "Styrelse";

    long contributionTotal() {
        return state + region + municipalities.values().stream().mapToLong(Long::longValue).sum();
    }

    long totalAssets() {
        return receivables + cash;
    }

    double equityRatio() {
        return 100.0 * equity / totalAssets();
    }

    double equityToContributions() {
        return 100.0 * equity / contributionTotal();
    }

    Participants allParticipants() {
        Participants sum = Participants.NONE;
        for (Participants p : participants.values()) {
            sum = sum.plus(p);
        }
        return sum;
    }

    /** The insatser's lines without the administration lines. */
    Map<String, Long> insatsCosts() {
        Map<String, Long> out = new LinkedHashMap<>(lineCosts);
        out.remove(KANSLI);
        out.remove(STYRELSE);
        return out;
    }
}
