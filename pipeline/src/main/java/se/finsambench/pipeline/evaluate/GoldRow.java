package se.finsambench.pipeline.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One figure a document is known to state, in the format of {@code shared/gold/seeds.csv}. */
public record GoldRow(String file, String associationId, String docType, int fiscalYear, LocalDate periodEnd,
                      String scenario, String concept, String member, double value, double tolerance) {

    public static List<GoldRow> read(Reader csv) throws IOException {
        List<GoldRow> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            rows.add(new GoldRow(r.get("file"), r.get("association_id"), r.get("doc_type"),
                    Integer.parseInt(r.get("fiscal_year")), LocalDate.parse(r.get("period_end")), r.get("scenario"),
                    r.get("concept"), r.get("member"), Double.parseDouble(r.get("value")),
                    Double.parseDouble(r.get("tolerance"))));
        }
        return rows;
    }
}
