package se.finsambench.pipeline.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which member a label speaks of: {@code state} (Försäkringskassan/Arbetsförmedlingen),
 * {@code region}, or {@code municipality:<SCB name>}.
 */
public final class MemberResolver {
    private static final Pattern STATE = Pattern.compile(
            "(?iu)\\b(staten|statens|statlig\\w*|försäkringskassan|arbetsförmedlingen)\\b");
    // "Region Skåne", "regionen", "landstinget", and regions named in one word ("Västra Götalandsregionen").
    private static final Pattern REGION = Pattern.compile("(?iu)\\b(region(en)?|landsting(et)?)\\b|\\p{L}{3,}regionen\\b");

    private final Municipalities municipalities;

    public MemberResolver(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    public Optional<String> resolve(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        // Region before municipality: "Region Jönköpings län" names a town inside the region's name.
        // Each pattern is tried only when a word all its matches hold is there (most labels name a municipality).
        String folded = CaseFold.fold(label);
        if ((folded.contains("region") || folded.contains("landsting")) && REGION.matcher(label).find()) {
            return Optional.of("region");
        }
        if ((folded.contains("stat") || folded.contains("försäkringskassan") || folded.contains("arbetsförmedlingen"))
                && STATE.matcher(label).find()) {
            return Optional.of("state");
        }
        return municipalities.findIn(label).map(m -> "municipality:" + m.name());
    }
}
