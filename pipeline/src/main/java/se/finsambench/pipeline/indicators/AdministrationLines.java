package se.finsambench.pipeline.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which cost lines are administration (kansli, styrelse, revision …; the words are in
 * {@code lexicon/administration.tsv}): they feed the administration share and are never individual insatser.
 */
public final class AdministrationLines {

    private static final Pattern PATTERN = load();

    private AdministrationLines() {
    }

    /** Whether a line's name ("Kansli", "Styrelse och arvode") is administration. */
    public static boolean isAdministration(String name) {
        return name != null && PATTERN.matcher(name.strip()).matches();
    }

    /** The same for a fact member, {@code intervention:<name>}. */
    public static boolean isAdministrationMember(String member) {
        return member != null && member.startsWith("intervention:") && isAdministration(member.substring("intervention:".length()));
    }

    private static Pattern load() {
        List<String> words = new ArrayList<>();
        // Read through BundledData, so the word list is part of the extraction cache's fingerprint.
        for (String[] row : se.finsambench.pipeline.extract.BundledData.rows("/lexicon/administration.tsv")) {
            String w = row[0].strip();
            words.add(w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1)) + "\\p{L}*" : Pattern.quote(w));
        }
        return Pattern.compile("(?iu)(" + String.join("|", words) + ")(\\s.*)?");
    }
}
