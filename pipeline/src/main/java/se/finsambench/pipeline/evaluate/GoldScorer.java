package se.finsambench.pipeline.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.Intervention;
import se.finsambench.pipeline.extract.InterventionNames;

/**
 * Scores one document's facts against its gold rows. An insats named in the gold file is matched
 * through the document's own alias table, so "Koll på förmåga" finds the facts of the insats the
 * document also calls "Koll på f".
 */
public final class GoldScorer {

    private GoldScorer() {
    }

    public static GoldScore score(String file, List<GoldRow> gold, ExtractionResult result) {
        int found = 0;
        int conflicts = 0;
        int alternates = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (GoldRow g : gold) {
            String member = resolveMember(g.member(), result);
            List<Fact> same = result.facts().stream()
                    .filter(f -> f.concept().equals(g.concept()) && f.member().equals(member)
                            && f.periodEnd().equals(g.periodEnd()) && f.scenario().id().equals(g.scenario()))
                    .toList();
            Optional<Fact> preferred = same.stream().filter(f -> f.rank() == 1).findFirst();
            if (preferred.isEmpty()) {
                missed.add(describe(g));
                continue;
            }
            if (Math.abs(preferred.get().value() - g.value()) <= g.tolerance() + 1e-6) {
                found++;
            } else {
                conflicts++;
                wrong.add(describe(g) + " → read " + preferred.get().value() + " at line " + preferred.get().sourceLine());
            }
            alternates += (int) same.stream()
                    .filter(f -> f.rank() > 1 && Math.abs(f.value() - g.value()) > g.tolerance() + f.precision() + 1e-6)
                    .count();
        }
        return new GoldScore(file, gold.size(), found, conflicts, alternates, missed, wrong);
    }

    private static String resolveMember(String goldMember, ExtractionResult result) {
        if (!goldMember.startsWith("intervention:")) {
            return goldMember;
        }
        String name = goldMember.substring("intervention:".length());
        String own = result.info().associationName();
        for (Intervention i : result.interventions()) {
            if (i.name().equalsIgnoreCase(name) || i.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return "intervention:" + i.name();
            }
        }
        for (Intervention i : result.interventions()) {
            if (InterventionNames.sameInsats(name, i.name(), own)
                    || i.aliases().stream().anyMatch(a -> InterventionNames.sameInsats(name, a, own))) {
                return "intervention:" + i.name();
            }
        }
        return goldMember;
    }

    private static String describe(GoldRow g) {
        return String.format(Locale.ROOT, "%s %s %s %s%s = %s", g.periodEnd(), g.scenario(), g.concept(),
                g.member().isEmpty() ? "" : "[" + g.member() + "] ", "", fmt(g.value()));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
