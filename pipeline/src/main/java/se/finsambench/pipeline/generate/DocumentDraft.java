package se.finsambench.pipeline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.finsambench.pipeline.evaluate.GoldRow;
import se.finsambench.pipeline.evaluate.TruthRow;

/**
 * A document being written: its text lines and, beside every figure written, what the figure is.
 * Writing the text and the truth in one step keeps them from drifting apart.
 */
final class DocumentDraft {

    static final String FIRST_LINE = "Exempeldokument – genererade uppgifter";

    private final List<String> lines = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<String> flaws = new ArrayList<>();

    DocumentDraft() {
        lines.add(FIRST_LINE);
        lines.add("");
    }

    DocumentDraft line(String text) {
        lines.add(text);
        return this;
    }

    /** A paragraph: the text and a blank line after it. */
    DocumentDraft para(String text) {
        lines.add(text);
        lines.add("");
        return this;
    }

    DocumentDraft row(String... cells) {
        lines.add(String.join("\t", cells));
        return this;
    }

    DocumentDraft blank() {
        lines.add("");
        return this;
    }

    void flaw(String note) {
        flaws.add(note);
    }

    /** A figure printed in whole kronor. */
    void kr(String concept, String member, int year, LocalDate end, String scenario, long value, int place, String layout) {
        statements.add(new Statement(concept, member, year, end, scenario, value, 0, 0.5, place, layout, ""));
    }

    /** A figure printed in tkr: the truth is the printed thousands, give or take 500 kr. */
    void tkr(String concept, String member, int year, LocalDate end, String scenario, long kronor, int place, String layout) {
        statements.add(new Statement(concept, member, year, end, scenario, SwedishFormat.thousands(kronor) * 1000.0,
                500, 500, place, layout, ""));
    }

    void count(String concept, String member, int year, LocalDate end, long value, int place, String layout) {
        statements.add(new Statement(concept, member, year, end, "actual", value, 0, 0.5, place, layout, ""));
    }

    void percent(String concept, String member, int year, LocalDate end, double stated, boolean decimal, int place, String layout) {
        statements.add(new Statement(concept, member, year, end, "actual", stated, 0.05, decimal ? 0.05 : 0.5, place, layout, ""));
    }

    /** A statement that disagrees with the document's authoritative one; the note goes on the figure's truth row. */
    void flawed(Statement s) {
        statements.add(s);
    }

    List<String> lines() {
        return lines;
    }

    List<String> flaws() {
        return flaws;
    }

    /**
     * One truth row per figure: among its statements the most precise, then the most authoritative
     * place, then the first written — the value a careful reader would take.
     */
    List<TruthRow> truth(String file, String associationId, String docType) {
        Map<String, List<Statement>> byKey = new LinkedHashMap<>();
        statements.forEach(s -> byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
        List<TruthRow> out = new ArrayList<>();
        for (List<Statement> same : byKey.values()) {
            Statement best = same.stream().min(Comparator.comparingDouble(Statement::precision)
                    .thenComparingInt(Statement::place)).orElseThrow();
            Optional<String> flaw = same.stream().map(Statement::flaw).filter(f -> !f.isEmpty()).findFirst();
            out.add(new TruthRow(new GoldRow(file, associationId, docType, best.fiscalYear(), best.periodEnd(),
                    best.scenario(), best.concept(), best.member(), best.value(), best.tolerance()),
                    best.layout(), flaw.orElse("")));
        }
        return out;
    }
}
