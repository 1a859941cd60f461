package se.finsambench.pipeline.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Invented intervention names of the kinds reports use: plain names, names with an abbreviation in
 * parentheses (printed as the abbreviation in narrow columns) and long names that narrow columns cut.
 */
final class InsatsCatalogue {

    private static final List<String> INDIVIDUAL = List.of("Steget vidare", "Lotsen", "Unga i rörelse",
            "Arbetsnära stöd (ANS)", "Vägen framåt", "Hälsospåret", "Familjelotsen", "Kliv in", "Språngbrädan",
            "Nya vägar", "Resursteamet", "Jobbspåret", "Arbetsträning i samverkan (ATIS)", "Motivationsteamet",
            "Rätt stöd", "Trappan", "Unga vuxna i arbete (UVA)", "Mötesplatsen", "Hållbar återgång", "Startpunkten");
    private static final List<String> STRUCTURAL = List.of("Processledare", "Kompetensutveckling", "Samverkansdagar",
            "Analys och uppföljning", "Behovsanalys");
    private static final int SHORT_WIDTH = 9;

    private InsatsCatalogue() {
    }

    /**
     * Two to six insatser: two individual ones that run through the whole period, others that start
     * and end inside it, and at most one structural line.
     */
    static List<Insats> draw(Random random, int from, int to) {
        List<String> names = new ArrayList<>(INDIVIDUAL);
        Collections.shuffle(names, random);
        int count = 2 + random.nextInt(5);
        List<Insats> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean structural = i == count - 1 && count > 2 && random.nextDouble() < 0.6;
            String name = structural ? STRUCTURAL.get(random.nextInt(STRUCTURAL.size())) : names.get(i);
            int first = i < 2 ? from - 5 : from - 4 + random.nextInt(to - from + 4);
            int last = i < 2 ? to + 1 : Math.min(to + 1, first + 1 + random.nextInt(5));
            double weight = structural ? 0.3 + random.nextDouble() * 0.3 : 0.6 + random.nextDouble();
            int costPerParticipant = 14_000 + random.nextInt(32_000);
            out.add(new Insats(name, shortName(name), !structural, first, last, weight, costPerParticipant));
        }
        return out;
    }

    /** "Arbetsnära stöd (ANS)" → "ANS"; "Språngbrädan" → "Språngbr"; short names stay. */
    static String shortName(String name) {
        int open = name.indexOf(" (");
        if (open > 0 && name.endsWith(")")) {
            return name.substring(open + 2, name.length() - 1);
        }
        return name.length() <= SHORT_WIDTH ? name : name.substring(0, SHORT_WIDTH - 1).strip();
    }
}
