package se.finsambench.pipeline.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invented place names for associations ("Norra Ekdalen", "Västra Skogsbygden"): a nature word and a
 * landscape ending, sometimes after a direction. None is the name of a real samordningsförbund.
 */
final class FictionalNames {

    private static final List<String> DIRECTIONS = List.of("Norra", "Södra", "Västra", "Östra", "Mellersta", "Övre", "Nedre");
    private static final List<String> ROOTS = List.of("Ek", "Björk", "Lind", "Al", "Sjö", "Berg", "Sten", "Gran", "Tall",
            "Hassel", "Rönn", "Vide", "Myr", "Fors", "Bäck", "Ängs", "Hed", "Ljung", "Vass", "Kärr", "Älv", "Ström", "Skogs",
            "Lingon", "Mo", "Tjärn", "Sälg", "Ler", "Sand", "Kvarn", "Hag");
    private static final List<String> ENDINGS = List.of("dalen", "bygden", "slätten", "landet", "åsen", "kusten", "sjön",
            "älven", "backen", "lien", "heden", "udden");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    FictionalNames(Random random, java.util.Collection<String> realPlaces) {
        this.random = random;
        realPlaces.forEach(p -> used.add(p));
    }

    /** A place name not handed out before. */
    String next() {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String word = pick(ROOTS) + pick(ENDINGS);
            String place = random.nextDouble() < 0.55 ? pick(DIRECTIONS) + " " + word : word;
            if (used.add(word)) {
                return place;
            }
        }
        throw new IllegalStateException("ran out of fictional names");
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
