package se.finsambench.pipeline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.finsambench.pipeline.extract.DocumentInfo;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;

/**
 * Prints fact rows as an aligned table, CSV or a JSON array. Every formatting decision of the
 * command line (column names, number rendering, truncation) lives here so the commands agree.
 */
final class FactRowWriter implements AutoCloseable {

    /** Column names of CSV and JSON output, in order; the lake's names plus rank and origin. */
    static final List<String> COLUMNS = List.of("source_path", "doc_type", "association_id",
            "association_name", "org_number", "fiscal_year", "period_end", "scenario", "concept", "member",
            "value", "unit", "source_line", "source_text", "confidence", "rank", "origin");

    /** The table leaves out the per-document columns: its header line above each document shows them. */
    static final List<String> TABLE_COLUMNS = List.of("fiscal_year", "period_end", "scenario", "concept",
            "member", "value", "unit", "source_line", "confidence", "rank", "origin", "source_text");

    private static final Set<String> RIGHT_ALIGNED =
            Set.of("fiscal_year", "value", "source_line", "confidence", "rank");
    private static final int TABLE_TEXT_WIDTH = 60;

    private final OutputFormat format;
    private final PrintWriter out;
    private final List<String> columns;
    private final CSVPrinter csv;
    private final SequenceWriter json;
    private boolean firstDocument = true;

    FactRowWriter(OutputFormat format, PrintWriter out) {
        this(format, out, format == OutputFormat.table ? TABLE_COLUMNS : COLUMNS);
    }

    FactRowWriter(OutputFormat format, PrintWriter out, List<String> columns) {
        this.format = format;
        this.out = out;
        this.columns = List.copyOf(columns);
        try {
            // The header and "[" are written at once, so an empty run still prints valid CSV/JSON.
            csv = format == OutputFormat.csv
                    ? CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get().print(out)
                    : null;
            json = format == OutputFormat.json
                    ? new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                            .writerWithDefaultPrettyPrinter().writeValuesAsArray(out)
                    : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the given facts of one document; the table also gets a header line and its problems. */
    void writeDocument(String sourcePath, ExtractionResult result, List<Fact> facts) {
        try {
            switch (format) {
                case table -> writeTable(sourcePath, result, facts);
                case csv -> {
                    for (Fact fact : facts) {
                        csv.printRecord(row(sourcePath, result.info(), fact).values());
                    }
                }
                case json -> {
                    for (Fact fact : facts) {
                        json.write(row(sourcePath, result.info(), fact));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** Closes the JSON array and flushes; leaves the underlying stream open (it may be stdout). */
    @Override
    public void close() throws IOException {
        if (json != null) {
            json.close();
            out.println();
        }
        if (csv != null) {
            csv.flush();
        }
        out.flush();
    }

    /** One fact as column → value; numbers stay numbers and unknowns stay null. */
    private Map<String, Object> row(String sourcePath, DocumentInfo info, Fact fact) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("source_path", sourcePath);
        all.put("doc_type", info.docType() == null ? null : info.docType().id());
        all.put("association_id", info.associationId());
        all.put("association_name", info.associationName());
        all.put("org_number", info.orgNumber());
        all.put("fiscal_year", fact.fiscalYear());
        all.put("period_end", fact.periodEnd() == null ? null : fact.periodEnd().toString());
        all.put("scenario", fact.scenario() == null ? null : fact.scenario().id());
        all.put("concept", fact.concept());
        all.put("member", fact.member());
        all.put("value", number(fact.value()));
        all.put("unit", fact.unit() == null ? null : fact.unit().id());
        all.put("source_line", fact.sourceLine());
        all.put("source_text", fact.sourceText());
        all.put("confidence", number(fact.confidence()));
        all.put("rank", fact.rank());
        all.put("origin", fact.origin().id());
        Map<String, Object> selected = new LinkedHashMap<>();
        columns.forEach(column -> selected.put(column, all.get(column)));
        return selected;
    }

    /** Integral values as whole numbers (3055998, not 3055998.0) so they paste cleanly. */
    static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    /** The line that introduces a document in table output (also the demo's one-line summary). */
    static String documentLine(String sourcePath, ExtractionResult result) {
        DocumentInfo info = result.info();
        return "== %s (%s, %s, %s) — %d facts".formatted(sourcePath,
                info.docType() == null ? "?" : info.docType().id(),
                Objects.requireNonNullElse(info.associationName(), "?"),
                info.fiscalYear() == null ? "?" : info.fiscalYear(),
                result.facts().size());
    }

    private void writeTable(String sourcePath, ExtractionResult result, List<Fact> facts) {
        if (!firstDocument) {
            out.println();
        }
        firstDocument = false;
        out.println(documentLine(sourcePath, result));
        if (!result.problems().isEmpty()) {
            out.println("   problems: " + String.join("; ", result.problems()));
        }
        if (facts.isEmpty()) {
            return;
        }
        List<String[]> cells = new ArrayList<>();
        cells.add(columns.toArray(String[]::new));
        for (Fact fact : facts) {
            cells.add(row(sourcePath, result.info(), fact).values().stream().map(FactRowWriter::cell)
                    .toArray(String[]::new));
        }
        int[] widths = new int[columns.size()];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder("  ");
            for (int i = 0; i < line.length; i++) {
                String pattern = RIGHT_ALIGNED.contains(columns.get(i)) ? "%" + widths[i] + "s  " : "%-" + widths[i] + "s  ";
                text.append(pattern.formatted(line[i]));
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static String cell(Object value) {
        // Tabs and line breaks in source text would break the alignment.
        String text = value == null ? "" : value.toString().strip().replaceAll("\\s+", " ");
        return text.length() > TABLE_TEXT_WIDTH ? text.substring(0, TABLE_TEXT_WIDTH - 1) + "…" : text;
    }
}
