package se.finsambench.webapp.pages.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of document problems, read from {@code vocabulary/problems.tsv}: a problem sentence from the pipeline
 * (English, with its line) becomes a kind with a Swedish wording and, where it names one, the line it is about.
 */
public final class ProblemKinds {

    public record Kind(String id, Pattern pattern, String label) {
    }

    public record Classified(String kind, String label, Integer line) {
    }

    static final Kind OTHER = new Kind("other", Pattern.compile(""), "Annat problem");
    private static final Pattern LINE = Pattern.compile("(?i)\\b(?:line|rad) (\\d{1,7})\\b");

    private final List<Kind> kinds;

    private ProblemKinds(List<Kind> kinds) {
        this.kinds = kinds;
    }

    public static ProblemKinds bundled() {
        try (InputStream in = ProblemKinds.class.getResourceAsStream("/vocabulary/problems.tsv")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary/problems.tsv is missing from the classpath");
            }
            List<Kind> kinds = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("vocabulary/problems.tsv: not kind<TAB>regex<TAB>wording: " + line);
                }
                kinds.add(new Kind(f[0], Pattern.compile(f[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), f[2]));
            }
            return new ProblemKinds(List.copyOf(kinds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Classified classify(String problem) {
        String text = problem == null ? "" : problem;
        Kind kind = kinds.stream().filter(k -> k.pattern().matcher(text).find()).findFirst().orElse(OTHER);
        Matcher m = LINE.matcher(text);
        return new Classified(kind.id(), kind.label(), m.find() ? Integer.parseInt(m.group(1)) : null);
    }
}
