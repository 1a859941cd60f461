package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import se.finsambench.pipeline.extract.Municipalities;
import se.finsambench.pipeline.extract.NnsWording;

/**
 * The tables beside facts and indicators: associations, interventions, nns_indicators, meetings, decisions,
 * document_lines.
 */
final class SideTables {

    private SideTables() {
    }

    /**
     * One row per association seen in a usable document: its name and organisation number from its latest
     * document that states them, members from its contribution facts, county from the members (several
     * counties are joined with ", ").
     */
    static Dataset<Row> associations(Dataset<Row> usable, Dataset<Row> facts) {
        var latest = struct(coalesce(col("fiscal_year"), lit(0)), col("doc_id"));
        Dataset<Row> docs = usable.filter(col("association_id").isNotNull()).groupBy("association_id").agg(
                max_by(col("association_name"), when(col("association_name").isNotNull(), latest)).as("name"),
                max_by(col("org_number"), when(col("org_number").isNotNull(), latest)).as("org_number"),
                count(lit(1)).as("doc_count"));
        Dataset<Row> members = facts.filter(col("selected").and(col("concept").equalTo("contribution"))
                        .and(col("member").startsWith("municipality:")))
                .select(col("association_id"), regexp_extract(col("member"), "^municipality:(.*)$", 1).as("m"))
                .groupBy("association_id").agg(sort_array(collect_set("m")).as("members"));
        return docs.as("d").join(members.as("m"), col("d.association_id").equalTo(col("m.association_id")), "left")
                .select(col("d.association_id"), col("name"), col("org_number"),
                        coalesce(col("members"), array().cast(LakeSchemas.STRINGS)).as("members"), col("doc_count"))
                .mapPartitions(new WithCounty(), Encoders.row(LakeSchemas.ASSOCIATION));
    }

    static final class WithCounty implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Municipalities municipalities = Municipalities.bundled();
            List<Row> out = new ArrayList<>();
            rows.forEachRemaining(r -> {
                List<String> members = r.getList(r.fieldIndex("members"));
                TreeSet<String> counties = new TreeSet<>();
                members.forEach(m -> municipalities.byName(m).ifPresent(x -> counties.add(x.county())));
                out.add(RowFactory.create(r.getAs("association_id"), r.getAs("name"), r.getAs("org_number"),
                        counties.isEmpty() ? null : String.join(", ", counties), members.toArray(String[]::new),
                        r.<Long>getAs("doc_count")));
            });
            return out.iterator();
        }
    }

    static Dataset<Row> interventions(Dataset<Row> usable) {
        return usable.select(col("association_id"), col("doc_id"), explode(col("interventions")).as("i"))
                .select(col("association_id"), col("doc_id"), col("i.name"), col("i.aliases"));
    }

    /**
     * NNS indicator results, one row per stated figure (rank 1 in its document); scope association or national; with
     * the indicator's wording as the row of the report's NNS table states it, and what the report says "klart
     * positiva" means ({@link NnsWording}).
     */
    static Dataset<Row> nnsIndicators(Dataset<Row> facts, Dataset<Row> usable) {
        UserDefinedFunction wording = udf((UDF1<String, String>) NnsWording::wording, DataTypes.StringType);
        UserDefinedFunction definition = udf((UDF1<String, String>) NnsWording::definition, DataTypes.StringType);
        Dataset<Row> nns = facts.filter(col("concept").isin("nns_indicator", "nns_indicator_national").and(col("rank").equalTo(1)));
        // Definitions are only looked for in documents with NNS figures: every line is a lot of text to scan.
        Dataset<Row> withNns = nns.select(col("doc_id").as("n_doc")).distinct();
        Dataset<Row> defined = usable.join(broadcast(withNns), col("doc_id").equalTo(col("n_doc")), "left_semi")
                .select(col("doc_id").as("d_doc"), explode(col("lines")).as("l"))
                // No Spark lower() as a pre-filter: its first call loads ICU's case mapping (seconds of CPU per JVM),
                // and the definition itself looks for "klart positiv" in the lower-cased line (null otherwise).
                .select(col("d_doc"), col("l.line").as("d_line"), definition.apply(col("l.text")).as("definition"))
                .filter(col("definition").isNotNull())
                .groupBy("d_doc").agg(min_by(col("definition"), col("d_line")).as("definition"));
        return nns.join(broadcast(defined), nns.col("doc_id").equalTo(defined.col("d_doc")), "left")
                .select(col("association_id"), col("doc_id"), col("fiscal_year"), col("period_end"), col("scenario"),
                        regexp_extract(col("member"), "(\\d+)", 1).cast(DataTypes.IntegerType).as("indicator"),
                        when(col("concept").equalTo("nns_indicator_national"), "national").otherwise("association")
                                .as("scope"),
                        col("value"), col("unit"), col("selected"), col("source_line"),
                        wording.apply(col("source_text")).as("wording"), col("definition"));
    }

    static Dataset<Row> meetings(Dataset<Row> usable) {
        return usable.filter(col("doc_type").equalTo("minutes"))
                .select("association_id", "doc_id", "fiscal_year", "meeting_date", "meeting_number", "source_path");
    }

    static Dataset<Row> decisions(Dataset<Row> usable) {
        return usable.select(col("association_id"), col("doc_id"), col("meeting_date"),
                        explode(col("decisions")).as("d"))
                .select(col("association_id"), col("doc_id"), col("meeting_date"), col("d.paragraph"), col("d.title"),
                        col("d.decision_text"), col("d.amount_sek"), col("d.source_line"));
    }

    /**
     * Every line of every usable document's normalised text ({@code doc_id} is unique among them), so that a
     * fact's {@code source_line} can be shown with its neighbours on any machine that has the lake.
     */
    static Dataset<Row> documentLines(Dataset<Row> usable) {
        return usable.select(col("doc_id"), explode(col("lines")).as("l"))
                .select(col("doc_id"), col("l.line"), col("l.page"), col("l.text"));
    }
}
