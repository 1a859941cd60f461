package se.finsambench.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.read.TextDocument;

/** {@code finsambench extract FILE... [--format table|csv|json|lines]}: every fact of every file, or its text. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Read report files and print every figure found, with where it was stated.",
            "Files that cannot be read are reported on stderr, one line each; the others are still printed.",
            "Exit code: the number of files that could not be read (at most 125); 0 when every file was read.",
            "--format lines prints each file's normalised text with line numbers (and PDF pages), as the extractor",
            "reads it: the numbers are those of facts.source_line."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (txt, md, html, pdf, docx).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "Time limit to read and extract one file (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    /** Exit codes above this mean other things to shells (126 and up). */
    static final int MOST_FAILED = 125;

    @Override
    public Integer call() throws IOException {
        // Check every argument before printing anything, so a typo does not leave half an output.
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
        }
        try (FileExtractor extractor = new FileExtractor(spec.commandLine().getErr(), timeoutSeconds)) {
            return Math.min(format == OutputFormat.lines ? printLines(extractor) : printFacts(extractor), MOST_FAILED);
        }
    }

    /** Every fact of every file; returns the number of files that could not be read. */
    private int printFacts(FileExtractor extractor) throws IOException {
        int failed = 0;
        try (FactRowWriter writer = new FactRowWriter(format, spec.commandLine().getOut())) {
            for (Path file : files) {
                Optional<ExtractionResult> result = extractor.extract(file);
                if (result.isPresent()) {
                    writer.writeDocument(file.toString(), result.get(), result.get().facts());
                } else {
                    failed++;
                }
            }
        }
        return failed;
    }

    /** Each file's normalised text with 1-based line numbers (as facts.source_line), and pages for PDF. */
    private int printLines(FileExtractor extractor) {
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (Path file : files) {
            Optional<TextDocument> doc = extractor.read(file);
            if (doc.isEmpty()) {
                failed++;
                continue;
            }
            List<String> lines = doc.get().lines();
            out.println("== " + file + " (" + doc.get().format() + ", " + lines.size() + " lines)");
            int width = String.valueOf(lines.size()).length();
            for (int i = 1; i <= lines.size(); i++) {
                Integer page = doc.get().page(i);
                out.println(String.format(java.util.Locale.ROOT, "%" + width + "d%s  %s", i,
                        page == null ? "" : " p" + page, lines.get(i - 1)));
            }
        }
        out.flush();
        return failed;
    }
}
