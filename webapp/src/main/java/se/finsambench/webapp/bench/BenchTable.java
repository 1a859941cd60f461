package se.finsambench.webapp.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prints measurements as an aligned text table and writes them as CSV, with the same columns as the pipeline's
 * {@code bench.BenchTable}, so the lead can put both in docs/performance.md.
 */
public final class BenchTable {

    static final List<String> COLUMNS = List.of("benchmark", "subject", "metric", "median", "min", "max", "runs",
            "target", "met");

    private BenchTable() {
    }

    public static void print(List<Measurement> measurements, PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        measurements.forEach(m -> rows.add(cells(m)));
        int[] width = new int[COLUMNS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String cell = rows.get(r).get(i);
                boolean numeric = i >= 3 && i <= 6;
                line.append(i == 0 ? "" : "  ").append(numeric ? pad(cell, width[i], true) : pad(cell, width[i], false));
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                out.println("-".repeat(line.toString().stripTrailing().length()));
            }
        }
        out.flush();
    }

    public static void writeCsv(List<Measurement> measurements, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Measurement m : measurements) {
                csv.printRecord(cells(m));
            }
        }
    }

    static List<String> cells(Measurement m) {
        return List.of(m.benchmark(), m.subject(), m.metric(), number(m.median()), number(m.min()), number(m.max()),
                Integer.toString(m.samples().size()), m.target() == null ? "" : m.target().toString(), m.verdict());
    }

    /** Three significant figures at most, never scientific notation: 0.0123, 1.23, 123, 12345. */
    static String number(double v) {
        double a = Math.abs(v);
        String pattern = a >= 100 || a == 0 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3g";
        return String.format(Locale.ROOT, pattern, v);
    }

    private static String pad(String s, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - s.length()));
        return right ? space + s : s + space;
    }
}
