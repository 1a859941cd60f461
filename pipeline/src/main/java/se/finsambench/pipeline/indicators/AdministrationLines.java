package se.finsambench.pipeline.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = AdministrationLines.class.getResourceAsStream("/lexicon/administration.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicon/administration.tsv is missing from the classpath");
            }
            List<String> words = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1)) + "\\p{L}*" : Pattern.quote(w));
                }
            }
            return Pattern.compile("(?iu)(" + String.join("|", words) + ")(\\s.*)?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
