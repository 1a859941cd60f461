package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
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

    /**
     * The columns of the lake's {@code facts} table, in its order (DESIGN.md); the only list of them. A statement's
     * own fields are those of {@link LakeSchemas#FACT}, the others are the document's or the selection's.
     */
    static final String[] FACT_COLUMNS = {"doc_id", "association_id", "fiscal_year", "period_end", "scenario", "concept",
        "member", "value", "unit", "source_line", "source_page", "source_text", "confidence", "rank", "origin",
        "precision", "authority", "selected", "doc_type"};
    /** What the selection orders by besides the facts' own columns: the document's year and decision date. */
    private static final String[] DOCUMENT_ORDER = {"doc_year", "doc_decided"};
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
        Map<String, Column> fromDocument = Map.of("doc_id", col("doc_id"), "association_id", col("association_id"),
                "doc_type", docType, "authority", authority.as("authority"), "doc_year", col("doc_year"),
                "doc_decided", col("doc_decided"));
        return usable.select(col("doc_id"), col("association_id"), col("doc_type"), col("fiscal_year").as("doc_year"),
                        col("decided_on").as("doc_decided"), explode(col("facts")).as("f"))
                .select(candidateColumns(name -> fromDocument.getOrDefault(name, col("f." + name))));
    }

    /** Corrections shaped like extracted facts, with authority 0. */
    static Dataset<Row> corrections(SparkSession spark, List<Row> rows) {
        Map<String, Column> fixed = Map.of(
                "source_page", lit(null).cast(LakeSchemas.FACT.apply("source_page").dataType()),
                "confidence", lit(1.0), "rank", lit(1), "origin", lit("correction"), "precision", lit(0.0),
                "authority", lit(0), "doc_type", lit("correction"),
                "doc_year", lit(null).cast(DataTypes.IntegerType), "doc_decided", lit(null).cast(DataTypes.DateType));
        return spark.createDataFrame(rows, Corrections.SCHEMA)
                .select(candidateColumns(name -> fixed.getOrDefault(name, col(name))));
    }

    /** The columns of a candidate statement: {@link #FACT_COLUMNS} but {@code selected}, then {@link #DOCUMENT_ORDER}. */
    private static Column[] candidateColumns(Function<String, Column> column) {
        return Stream.concat(Arrays.stream(FACT_COLUMNS).filter(c -> !c.equals("selected")), Arrays.stream(DOCUMENT_ORDER))
                .map(name -> column.apply(name).as(name)).toArray(Column[]::new);
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
        var order = Window.partitionBy(Arrays.stream(KEY).map(org.apache.spark.sql.functions::col).toArray(Column[]::new)).orderBy(when(candidate, 0).otherwise(1), col("authority").asc(),
                col("doc_year").desc_nulls_last(), col("doc_decided").desc_nulls_last(), col("confidence").desc(),
                col("doc_id").asc(), col("source_line").asc());
        return all.withColumn("selected", candidate.and(row_number().over(order).equalTo(1)))
                .selectExpr(FACT_COLUMNS);
    }
}
