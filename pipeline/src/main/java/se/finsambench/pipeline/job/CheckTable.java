package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.not;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The checks stage: {@code ReconciliationChecks} ran per document during extraction (same mapPartitions);
 * here its results become the {@code checks} table, and the inputs of failed checks become the
 * "concept|periodEnd" keys the indicator calculator flags as inconsistent.
 */
final class CheckTable {

    private CheckTable() {
    }

    static Dataset<Row> table(Dataset<Row> usable) {
        return usable.select(col("doc_id"), col("association_id"), explode(col("checks")).as("c"))
                .select(col("doc_id"), col("association_id"), col("c.check_id"), col("c.period_end"),
                        col("c.scenario"), col("c.expected"), col("c.actual"), col("c.passed"), col("c.description"),
                        col("c.inputs"));
    }

    /** (association_id, key) with key = "concept|yyyy-MM-dd" for every input of a failed check. */
    static Dataset<Row> failedInputs(Dataset<Row> checks) {
        return checks.filter(not(col("passed")))
                .select(col("association_id"), col("period_end"), explode(col("inputs")).as("concept"))
                .select(col("association_id"),
                        concat_ws("|", col("concept"), date_format(col("period_end"), "yyyy-MM-dd")).as("key"))
                .distinct();
    }
}
