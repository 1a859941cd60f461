package se.finsambench.pipeline.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.finsambench.pipeline.evaluate.GoldRow;
import se.finsambench.pipeline.evaluate.TruthRow;

/**
 * Generates the corpus: the report files under {@code DIR/reports/}, the ground truth in
 * {@code DIR/truth.csv} (the gold format plus layout and flaw) and one line per file in
 * {@code DIR/documents.csv}. Same settings, same bytes: every association draws from its own random
 * stream, so associations can be written in parallel without changing the output.
 */
public final class CorpusGenerator {

    public static final String REPORTS = "reports";
    private static final Set<String> FORMATS = Set.of("txt", "md", "html", "pdf", "docx");

    private CorpusGenerator() {
    }

    /** All documents in file-name order, without touching the disk. */
    public static List<GeneratedDocument> documents(GeneratorSettings settings, Consumer<String> progress) {
        Random planning = new Random(settings.seed());
        List<Association> associations = AssociationPlanner.plan(settings, ReferenceData.load(), planning);
        NnsNational national = new NnsNational(new Random(settings.seed() * 31 + 7), settings.fromYear() - 1, settings.toYear() + 1);
        AtomicInteger done = new AtomicInteger();
        List<List<GeneratedDocument>> perAssociation = IntStream.range(0, associations.size()).parallel()
                .mapToObj(i -> {
                    List<GeneratedDocument> docs = AssociationDocuments.write(associations.get(i), settings, national,
                            new Random(settings.seed() * 1_000_003L + i));
                    progress.accept("generated " + done.incrementAndGet() + "/" + associations.size() + " associations");
                    return docs;
                })
                .toList();
        List<GeneratedDocument> all = new ArrayList<>();
        perAssociation.forEach(all::addAll);
        all.sort(Comparator.comparing(GeneratedDocument::file));
        return all;
    }

    public static CorpusSummary generate(GeneratorSettings settings, Path out, Consumer<String> progress) {
        long start = System.nanoTime();
        List<GeneratedDocument> docs = documents(settings, progress);
        try {
            Path reports = out.resolve(REPORTS);
            Files.createDirectories(reports);
            clearOldReports(reports);
            for (GeneratedDocument d : docs) {
                Files.write(reports.resolve(d.file()), d.bytes());
            }
            writeTruth(out.resolve("truth.csv"), docs);
            writeDocuments(out.resolve("documents.csv"), docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byFormat = new TreeMap<>();
        docs.forEach(d -> {
            byType.merge(d.docType(), 1, Integer::sum);
            byFormat.merge(d.format(), 1, Integer::sum);
        });
        int truth = docs.stream().mapToInt(d -> d.truth().size()).sum();
        int flawed = (int) docs.stream().filter(d -> !d.flaws().isEmpty()).count();
        int associations = (int) docs.stream().map(GeneratedDocument::associationId).distinct().count();
        return new CorpusSummary(associations, docs.size(), byType, byFormat, truth, flawed,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A rerun into the same folder must not leave reports of an earlier, larger run behind. */
    private static void clearOldReports(Path reports) throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && FORMATS.contains(name.substring(name.lastIndexOf('.') + 1))) {
                    Files.delete(f);
                }
            }
        }
    }

    static void writeTruth(Path file, List<GeneratedDocument> docs) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(TruthRow.HEADER);
            for (GeneratedDocument d : docs) {
                for (TruthRow t : d.truth()) {
                    GoldRow g = t.gold();
                    csv.printRecord(g.file(), g.associationId(), g.docType(), g.fiscalYear(), g.periodEnd(), g.scenario(),
                            g.concept(), g.member(), number(g.value()), number(g.tolerance()), t.layout(), t.flaw());
                }
            }
        }
    }

    private static void writeDocuments(Path file, List<GeneratedDocument> docs) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("file", "association_id", "doc_type", "fiscal_year", "period_end", "format", "flaws");
            for (GeneratedDocument d : docs) {
                csv.printRecord(d.file(), d.associationId(), d.docType(), d.fiscalYear(),
                        d.periodEnd() == null ? "" : d.periodEnd(), d.format(), String.join("; ", d.flaws()));
            }
        }
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
