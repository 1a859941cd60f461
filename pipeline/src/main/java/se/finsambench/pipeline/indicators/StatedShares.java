package se.finsambench.pipeline.indicators;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The share of exits to work or studies when a report gives no counts but states the share in percent ("Av de 109
 * avslutade deltagarna har 50 % gått vidare till arbete eller studier"): the association's own stated share, else
 * its insatser's stated shares weighted by their exits. Either is marked as stated in the indicator's note; the
 * insatser's shares are rounded in the reports, so the result is as exact as they are.
 */
final class StatedShares {

    static final String CONCEPT = "exits_work_or_studies_share_reported";

    /** The share (%), the exits it stands for (numerator: estimated exits to work or studies), docs and note. */
    record Share(double percent, Double numerator, Double denominator, Set<String> docs, String note) {
    }

    private StatedShares() {
    }

    static Optional<Share> workOrStudies(List<SourcedFact> actual, LocalDate end) {
        Optional<SourcedFact> own = actual.stream().filter(f -> f.concept().equals(CONCEPT) && f.member().isEmpty()).findFirst();
        if (own.isPresent()) {
            return Optional.of(new Share(own.get().value(), null, null, Set.of(own.get().docId()),
                    "angiven andel i rapporten (inga antal angivna)"));
        }
        double exits = 0;
        double toWork = 0;
        Set<String> docs = new LinkedHashSet<>();
        for (SourcedFact share : actual) {
            if (!share.concept().equals(CONCEPT) || !share.member().startsWith("intervention:")
                    || AdministrationLines.isAdministrationMember(share.member())) {
                continue;
            }
            Optional<SourcedFact> n = actual.stream()
                    .filter(f -> f.concept().equals("exits_total") && f.member().equals(share.member())).findFirst();
            if (n.isPresent() && n.get().value() > 0) {
                exits += n.get().value();
                toWork += n.get().value() * share.value() / 100;
                docs.add(share.docId());
                docs.add(n.get().docId());
            }
        }
        if (exits <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Share(100 * toWork / exits, toWork, exits, docs,
                "ur insatsernas angivna andelar (inga antal angivna), vägda med deras avslutade"));
    }
}
