package se.finsambench.webapp.pages.quality;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Ground-truth figures (the gold CSV of the seeds, or a generated corpus's truth.csv): file, association_id,
 * doc_type, fiscal_year, period_end, scenario, concept, member, value, tolerance.
 */
public record Truth(Path file, List<Expected> rows) {

    public record Expected(String file, String associationId, String periodEnd, String scenario, String concept,
                           String member, double value, double tolerance) {
    }

    public static Truth read(Path file) throws IOException {
        List<Expected> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord c : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String tolerance = c.isMapped("tolerance") ? c.get("tolerance") : "";
                rows.add(new Expected(c.get("file"), c.get("association_id"), c.get("period_end"), c.get("scenario"),
                        c.get("concept"), c.isMapped("member") ? c.get("member") : "", Double.parseDouble(c.get("value")),
                        tolerance.isBlank() ? 0 : Double.parseDouble(tolerance)));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not have the truth columns (file, association_id, period_end,"
                    + " scenario, concept, member, value, tolerance): " + e.getMessage(), e);
        }
        return new Truth(file, rows);
    }
}
