package se.finsambench.pipeline.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One figure a generated document states: the gold columns of {@code shared/gold/seeds.csv} plus the
 * layout family of the table or sentence it is stated in and a note when the document is flawed there.
 */
public record TruthRow(GoldRow gold, String layout, String flaw) {

    public static final List<String> HEADER = List.of("file", "association_id", "doc_type", "fiscal_year", "period_end",
            "scenario", "concept", "member", "value", "tolerance", "layout", "flaw");

    public static List<TruthRow> read(Reader csv) throws IOException {
        List<TruthRow> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            GoldRow g = new GoldRow(r.get("file"), r.get("association_id"), r.get("doc_type"),
                    Integer.parseInt(r.get("fiscal_year")), LocalDate.parse(r.get("period_end")), r.get("scenario"),
                    r.get("concept"), r.get("member"), Double.parseDouble(r.get("value")), Double.parseDouble(r.get("tolerance")));
            rows.add(new TruthRow(g, r.get("layout"), r.get("flaw")));
        }
        return rows;
    }
}
