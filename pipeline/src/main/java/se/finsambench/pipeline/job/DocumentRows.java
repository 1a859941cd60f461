package se.finsambench.pipeline.job;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import se.finsambench.pipeline.extract.Decision;
import se.finsambench.pipeline.extract.DocType;
import se.finsambench.pipeline.extract.DocumentInfo;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.Intervention;
import se.finsambench.pipeline.indicators.CheckResult;
import se.finsambench.pipeline.read.TextDocument;

/** Builds {@link LakeSchemas#EXTRACTED} rows from an extraction, or for a file that was rejected. */
final class DocumentRows {

    static final String OK = "ok";
    static final String PARTIAL = "partial";
    static final String REJECTED = "rejected";

    private DocumentRows() {
    }

    /** A file that could not be used at all. */
    static Row rejected(String docId, String path, long size, String reason, long millis) {
        return RowFactory.create(docId, path, extension(path), size, DocType.OTHER.id(), null, null, null, null, null, null,
                null, null, null, REJECTED, new String[] {reason}, false, millis,
                new Row[0], new Row[0], new Row[0], new Row[0], new Row[0]);
    }

    /**
     * A file whose extraction is taken from the cache ({@link ExtractionCache}): only its identity, path and
     * reader format count; the rest is joined in from the cached row.
     */
    static Row fromCache(String docId, String path, long size, String format, long millis) {
        return RowFactory.create(docId, path, format, size, DocType.OTHER.id(), null, null, null, null, null, null,
                null, null, null, REJECTED, new String[] {"from the extraction cache"}, false, millis,
                new Row[0], new Row[0], new Row[0], new Row[0], new Row[0]);
    }

    /** A read and extracted document; rejected when it cannot be attributed or states nothing. */
    static Row extracted(String docId, String path, long size, TextDocument text, ExtractionResult result,
                         List<CheckResult> checks, List<String> extraProblems, long millis) {
        DocumentInfo info = result.info();
        List<String> problems = new ArrayList<>(result.problems());
        problems.addAll(extraProblems);
        String status = status(result, problems);
        boolean keep = !status.equals(REJECTED);
        return RowFactory.create(docId, path, text.format(), size,
                info.docType() == null ? DocType.OTHER.id() : info.docType().id(),
                info.associationId(), info.associationName(),
                info.identitySource() == null ? null : info.identitySource().id(), info.orgNumber(), info.fiscalYear(),
                date(info.periodEnd()), date(info.decidedOn()), date(info.meetingDate()), info.meetingNumber(),
                status, problems.toArray(String[]::new), info.synthetic(), millis,
                keep ? facts(result.facts(), text) : new Row[0],
                keep ? checks(checks) : new Row[0],
                keep ? interventions(result.interventions()) : new Row[0],
                keep ? decisions(result.decisions()) : new Row[0],
                keep ? lines(text) : new Row[0]);
    }

    static String status(ExtractionResult result, List<String> problems) {
        if (result.info().associationId() == null) {
            return REJECTED;
        }
        if (result.facts().isEmpty() && result.decisions().isEmpty()) {
            return REJECTED;
        }
        return problems.isEmpty() ? OK : PARTIAL;
    }

    private static Row[] facts(List<Fact> facts, TextDocument text) {
        Row[] rows = new Row[facts.size()];
        for (int i = 0; i < rows.length; i++) {
            Fact f = facts.get(i);
            rows[i] = RowFactory.create(f.fiscalYear(), date(f.periodEnd()), f.scenario().id(), f.concept(), f.member(),
                    f.value(), f.unit().id(), f.sourceLine(), f.sourceText(), f.confidence(), f.precision(), f.origin().id(),
                    f.rank(), text.page(f.sourceLine()));
        }
        return rows;
    }

    /** Every line, so that any tool can show the lines around a figure ({@code document_lines}). */
    private static Row[] lines(TextDocument text) {
        Row[] rows = new Row[text.lines().size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = RowFactory.create(i + 1, text.page(i + 1), text.lines().get(i));
        }
        return rows;
    }

    private static Row[] checks(List<CheckResult> checks) {
        return checks.stream().map(c -> RowFactory.create(c.checkId(), date(c.periodEnd()), c.scenario(), c.expected(),
                c.actual(), c.passed(), c.description(), c.inputs().toArray(String[]::new))).toArray(Row[]::new);
    }

    private static Row[] interventions(List<Intervention> interventions) {
        return interventions.stream()
                .map(i -> RowFactory.create(i.name(), i.aliases().toArray(String[]::new))).toArray(Row[]::new);
    }

    private static Row[] decisions(List<Decision> decisions) {
        return decisions.stream().map(d -> RowFactory.create(d.paragraph(), d.title(), d.decisionText(), d.amountSek(),
                d.sourceLine())).toArray(Row[]::new);
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "unknown" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
