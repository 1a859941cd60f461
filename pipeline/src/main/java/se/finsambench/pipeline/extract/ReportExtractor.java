package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.pipeline.read.TextDocument;

/**
 * Turns one document's text into facts with provenance. Pure Java, no Spark, thread-safe:
 * one instance can serve a whole partition.
 */
public final class ReportExtractor {

    /** Bumped whenever extraction changes what it finds, so cached results can be invalidated. */
    public static final String VERSION = "4";

    /** The problem of a document that does not say whose it is (until {@link IdentityFallback} tells). */
    public static final String UNIDENTIFIED = "could not tell which samordningsförbund the document is from";

    private final Lexicon lexicon;
    private final MemberResolver members;

    public ReportExtractor(Lexicon lexicon, Municipalities municipalities) {
        this.lexicon = lexicon;
        this.members = new MemberResolver(municipalities);
    }

    public static ReportExtractor withDefaults() {
        return new ReportExtractor(Lexicon.bundled(), Municipalities.bundled());
    }

    public ExtractionResult extract(TextDocument document) {
        FullText full = FullText.of(document.lines());
        DocumentInfo info = DocumentClassifier.classify(document.lines(), full);
        ExtractionContext ctx = new ExtractionContext(document, info, lexicon, members);
        ProseReader prose = new ProseReader(ctx);
        new TableReaders(ctx, prose).readAll(TableResolver.resolve(ctx.layout, info), ctx);
        Map<String, String> canonical = InterventionNames.resolve(ctx.interventionNames, full, new FullText(proseText(ctx)),
                info.associationName());
        prose.knowInterventions(canonical);
        prose.readDocument();
        List<Fact> facts = FactGuards.apply(document,
                FactRanking.rank(FactDerivations.apply(canonicalMembers(ctx.facts, canonical))));
        List<Decision> decisions = info.docType() == DocType.MINUTES ? MinutesReader.read(document.lines()) : List.of();
        List<String> problems = new ArrayList<>(ctx.problems);
        if (info.associationId() == null) {
            problems.add(0, UNIDENTIFIED);
        }
        if (info.fiscalYear() == null) {
            problems.add("could not tell which year the document covers");
        }
        if (facts.isEmpty() && decisions.isEmpty()) {
            // Minutes often decide things without stating a figure; that is not a problem with them.
            problems.add("no figures found");
        }
        return new ExtractionResult(info, facts, interventions(canonical), decisions, problems);
    }

    private static String proseText(ExtractionContext ctx) {
        StringBuilder sb = new StringBuilder();
        List<String> lines = ctx.document.lines();
        for (int i = 1; i <= lines.size(); i++) {
            if (!ctx.layout.isTableLine(i)) {
                sb.append(lines.get(i - 1)).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<Fact> canonicalMembers(List<Fact> facts, Map<String, String> canonical) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            if (f.member().startsWith("intervention:")) {
                String name = f.member().substring("intervention:".length());
                out.add(f.withMember("intervention:" + canonical.getOrDefault(name, name)));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Intervention> interventions(Map<String, String> canonical) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        canonical.forEach((alias, name) -> aliases.computeIfAbsent(name, k -> new ArrayList<>()).add(alias));
        return aliases.entrySet().stream().map(e -> new Intervention(e.getKey(), e.getValue())).toList();
    }
}
