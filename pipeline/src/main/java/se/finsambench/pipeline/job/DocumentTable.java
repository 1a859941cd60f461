package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Duplicates and the {@code documents} table. Files with the same bytes (same {@code doc_id}) are used
 * once: the first readable one by path keeps its status, every other copy gets status {@code rejected}, the problem
 * "duplicate of &lt;path&gt;" and the column {@code duplicate_of}, and contributes nothing to other tables.
 * So {@code documents} has one row per input file, and {@code doc_id} is unique among rows that are not
 * rejected.
 */
final class DocumentTable {

    static final String[] COLUMNS = {"doc_id", "source_path", "format", "size_bytes", "doc_type", "association_id",
        "association_name", "identity_source", "org_number", "fiscal_year", "period_end", "decided_on", "meeting_date", "meeting_number",
        "status", "problems", "synthetic", "duplicate_of"};

    /** A duplicate copy's path and the path of the copy that is used. */
    private static final StructType COPY = new StructType()
            .add("_copy_path", DataTypes.StringType, false)
            .add("_copy_of", DataTypes.StringType, false);

    private DocumentTable() {
    }

    /**
     * Extracted rows with duplicates marked; keeps the nested columns for the later stages. The copy used is
     * the first by path among those that could be read (a report re-sent under a wrong name such as
     * {@code .docx} does not push out its readable copy); copies of a file that nobody could use keep their
     * own reasons, since there is nothing they duplicate.
     */
    static Dataset<Row> markDuplicates(Dataset<Row> extracted) {
        Column rejected = col("status").equalTo(DocumentRows.REJECTED);
        WindowSpec sameBytes = Window.partitionBy("doc_id").orderBy(when(rejected, 1).otherwise(0), col("source_path"));
        // The window sees three narrow columns, and the few duplicate copies are collected once: every table derived
        // from the documents joins this small local list (broadcast) instead of repeating the window's shuffle, and
        // the wide rows with their facts and lines are never shuffled.
        List<Row> copies = extracted.select(col("doc_id"), col("source_path"), col("status"))
                .withColumn("_n", row_number().over(sameBytes))
                .withColumn("_first", first("source_path").over(sameBytes))
                .withColumn("_first_usable", first(not(rejected)).over(sameBytes))
                .filter(col("_n").gt(1).and(col("_first_usable")))
                .select(col("source_path").as("_copy_path"), col("_first").as("_copy_of"))
                .collectAsList();
        Dataset<Row> copyList = extracted.sparkSession().createDataFrame(copies, COPY);
        Column dup = col("_copy_of").isNotNull();
        return extracted.join(broadcast(copyList), col("source_path").equalTo(col("_copy_path")), "left")
                .withColumn("duplicate_of", col("_copy_of"))
                .withColumn("status", when(dup, lit(DocumentRows.REJECTED)).otherwise(col("status")))
                .withColumn("problems", when(dup, concat(array(concat(lit("duplicate of "), col("_copy_of"))),
                        col("problems"))).otherwise(col("problems")))
                .drop("_copy_path", "_copy_of");
    }

    /** Documents whose figures are used: not rejected, not a duplicate. */
    static Dataset<Row> usable(Dataset<Row> documents) {
        return documents.filter(col("status").notEqual(DocumentRows.REJECTED));
    }

    static Dataset<Row> table(Dataset<Row> documents) {
        return documents.selectExpr(COLUMNS);
    }
}
