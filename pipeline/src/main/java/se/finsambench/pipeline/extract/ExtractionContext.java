package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.finsambench.pipeline.read.TextDocument;

/** What the readers of one document share: the document, the vocabularies, and what they found. */
final class ExtractionContext implements FactSink {
    final TextDocument document;
    final DocumentInfo info;
    final Lexicon lexicon;
    final MemberResolver members;
    final Layout layout;
    final List<Fact> facts = new ArrayList<>();
    final Set<String> problems = new LinkedHashSet<>();
    /** Insats names as written, in the order first seen; resolved to canonical names at the end. */
    final Set<String> interventionNames = new LinkedHashSet<>();

    ExtractionContext(TextDocument document, DocumentInfo info, Lexicon lexicon, MemberResolver members) {
        this.document = document;
        this.info = info;
        this.lexicon = lexicon;
        this.members = members;
        this.layout = new Layout(PlainTextTables.convert(document.lines()));
    }

    @Override
    public void add(String concept, String member, Scenario scenario, LocalDate periodEnd, double value, double precision,
                    int line, double confidence, Origin origin) {
        if (periodEnd == null || concept == null || Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        if (Concepts.unit(concept) == Unit.COUNT && value < 0) {
            problems.add("line " + line + ": a count cannot be negative (" + concept + " "
                    + String.format(java.util.Locale.ROOT, "%.0f", value) + "); not used");
            return;
        }
        double v = Concepts.isMagnitude(concept) ? Math.abs(value) : value;
        if (!plausible(Concepts.unit(concept), v, info)) {
            problems.add("line " + line + ": " + concept + " of " + String.format(java.util.Locale.ROOT, "%.0f", v)
                    + " is not a plausible figure for " + (info.associationId() != null ? "a samordningsförbund" : "any public body")
                    + " (two numbers run together?); not used");
            return;
        }
        facts.add(new Fact(concept, member, periodEnd.getYear(), periodEnd, scenario, v, Concepts.unit(concept), line,
                document.line(line).strip(), confidence, precision, origin, 0));
    }

    /**
     * Bounds no association's figure comes near; beyond them, digits of two numbers have run together. A page that
     * does not name a samordningsförbund may be a municipality's, whose figures run into the hundreds of billions.
     */
    private static boolean plausible(Unit unit, double v, DocumentInfo info) {
        return switch (unit) {
            case SEK -> Math.abs(v) < (info.associationId() != null ? 2e9 : 1e12);
            case COUNT -> v < 100_000;
            case PCT -> Math.abs(v) <= 1000;
        };
    }

    @Override
    public void problem(String problem) {
        problems.add(problem);
    }

    @Override
    public String intervention(String name) {
        String n = InterventionNames.clean(name);
        if (n.isEmpty()) {
            return "";
        }
        interventionNames.add(n);
        return "intervention:" + n;
    }

    /** The period a figure without its own date belongs to: the report's own period. */
    LocalDate defaultPeriod(Scenario scenario, Integer year) {
        Integer y = year != null ? year : info.fiscalYear();
        if (y == null) {
            return null;
        }
        return HeaderResolver.defaultEnd(info, scenario, y);
    }
}
