package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The select stage: flattens facts and marks, for each association, concept, member, period and scenario,
 * the one statement the indicators use ({@code selected}). Candidates are facts of rank 1 within their
 * document; among them the lowest {@code authority} wins:
 * 0 correction by a person, 1 annual report of that year, 2 an annual report's comparison column (a later
 * report), 3 an annual report's figure for a later year or an interim report, 4 minutes, 5 other. Ties go
 * to the later document, then higher confidence, then doc_id (so the choice is deterministic).
 */
final class FactSelection {

    static final String[] FACT_COLUMNS = {"doc_id", "association_id", "fiscal_year", "period_end", "scenario", "concept",
        "member", "value", "unit", "source_line", "source_page", "source_text", "confidence", "rank", "origin",
        "precision", "authority", "selected", "doc_type"};
    private static final String[] KEY = {"association_id", "concept", "member", "period_end", "scenario"};

    private FactSelection() {
    }

    /** Facts of usable documents, one row per statement, with authority (not yet selected). */
    static Dataset<Row> extracted(Dataset<Row> usable) {
        Column docType = col("doc_type");
        Column factYear = col("f.fiscal_year");
        Column authority = when(docType.equalTo("annual_report").and(factYear.equalTo(col("doc_year"))), 1)
                .when(docType.equalTo("annual_report").and(factYear.lt(col("doc_year"))), 2)
                .when(docType.isin("annual_report", "interim_report"), 3)
                .when(docType.equalTo("minutes"), 4)
                .otherwise(5);
        return usable.select(col("doc_id"), col("association_id"), col("doc_type"), col("fiscal_year").as("doc_year"),
                        col("decided_on").as("doc_decided"), explode(col("facts")).as("f"))
                .select(col("doc_id"), col("association_id"), factYear.as("fiscal_year"), col("f.period_end"),
                        col("f.scenario"), col("f.concept"), col("f.member"), col("f.value"), col("f.unit"),
                        col("f.source_line"), col("f.source_page"), col("f.source_text"), col("f.confidence"),
                        col("f.rank"), col("f.origin"), col("f.precision"), authority.as("authority"), docType, col("doc_year"), col("doc_decided"));
    }

    /** Corrections shaped like extracted facts, with authority 0. */
    static Dataset<Row> corrections(SparkSession spark, List<Row> rows) {
        return spark.createDataFrame(rows, Corrections.SCHEMA)
                .select(col("doc_id"), col("association_id"), col("fiscal_year"), col("period_end"), col("scenario"),
                        col("concept"), col("member"), col("value"), col("unit"), col("source_line"),
                        lit(null).cast(DataTypes.IntegerType).as("source_page"), col("source_text"), lit(1.0).as("confidence"), lit(1).as("rank"), lit("correction").as("origin"),
                        lit(0.0).as("precision"), lit(0).as("authority"), lit("correction").as("doc_type"),
                        lit(null).cast(DataTypes.IntegerType).as("doc_year"),
                        lit(null).cast(DataTypes.DateType).as("doc_decided"));
    }

    /** Line numbers of corrections whose figure no document states. */
    static List<Integer> unmatched(Dataset<Row> corrections, Dataset<Row> extracted) {
        Column on = null;
        for (String k : KEY) {
            Column eq = corrections.col(k).eqNullSafe(extracted.col(k));
            on = on == null ? eq : on.and(eq);
        }
        return corrections.join(extracted, on, "left_anti").select("source_line").as(org.apache.spark.sql.Encoders.INT())
                .collectAsList().stream().sorted().toList();
    }

    /** Extracted facts and corrections together, with {@code selected}; columns as {@link #FACT_COLUMNS}. */
    static Dataset<Row> select(Dataset<Row> extracted, Dataset<Row> corrections) {
        Column candidate = col("rank").equalTo(1).and(col("association_id").isNotNull());
        Dataset<Row> all = extracted.unionByName(corrections);
        var order = Window.partitionBy(java.util.Arrays.stream(KEY).map(org.apache.spark.sql.functions::col).toArray(Column[]::new)).orderBy(when(candidate, 0).otherwise(1), col("authority").asc(),
                col("doc_year").desc_nulls_last(), col("doc_decided").desc_nulls_last(), col("confidence").desc(),
                col("doc_id").asc(), col("source_line").asc());
        return all.withColumn("selected", candidate.and(row_number().over(order).equalTo(1)))
                .selectExpr(FACT_COLUMNS);
    }
}
