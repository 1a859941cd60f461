package se.finsambench.pipeline.job;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import se.finsambench.pipeline.extract.Concepts;

/**
 * Figures corrected by people ({@code data/corrections.csv}: association_id, period_end, scenario, concept,
 * member, value, reason). Each becomes a fact with origin {@code correction}, doc_id {@code correction:<line>}
 * and authority 0, so it wins the selection over every extracted statement of the same figure.
 */
final class Corrections {

    static final StructType SCHEMA = new StructType()
            .add("doc_id", StringType, false)
            .add("association_id", StringType, false)
            .add("fiscal_year", IntegerType, false)
            .add("period_end", DateType, false)
            .add("scenario", StringType, false)
            .add("concept", StringType, false)
            .add("member", StringType, false)
            .add("value", DoubleType, false)
            .add("unit", StringType, false)
            .add("source_line", IntegerType, false)
            .add("source_text", StringType, true)
            .add("line", IntegerType, false);

    /** The corrections as rows of {@link #SCHEMA}, and plain-language problems with invalid lines. */
    record Loaded(List<Row> rows, List<String> problems) {
    }

    private Corrections() {
    }

    static Loaded load(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (file == null || !Files.isRegularFile(file)) {
            return new Loaded(rows, problems);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(in)) {
                int line = (int) r.getRecordNumber() + 1;
                try {
                    LocalDate periodEnd = LocalDate.parse(r.get("period_end"));
                    String concept = r.get("concept");
                    String scenario = r.get("scenario").toLowerCase(Locale.ROOT);
                    if (!List.of("actual", "budget", "forecast", "plan").contains(scenario)) {
                        throw new IllegalArgumentException("unknown scenario '" + scenario + "'");
                    }
                    double value = Double.parseDouble(r.get("value").replace(" ", "").replace(',', '.'));
                    rows.add(RowFactory.create("correction:" + line, r.get("association_id"), periodEnd.getYear(),
                            java.sql.Date.valueOf(periodEnd), scenario, concept, r.get("member"), value,
                            Concepts.unit(concept).id(), line, r.get("reason"), line));
                } catch (RuntimeException e) {
                    problems.add("correction on line " + line + " is invalid: " + e.getMessage());
                }
            }
        }
        return new Loaded(rows, problems);
    }
}
