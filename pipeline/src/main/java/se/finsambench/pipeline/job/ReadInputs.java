package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The read stage: every file under the input folder (recursively) as {@link LakeSchemas#INPUT_FILE} rows,
 * read by Spark's {@code binaryFile} source. Files over the size limit are filtered on {@code length}
 * before Spark loads their content (the filter is pushed into the scan) and travel on with null content,
 * so they become rejected rows instead of failing the job. Hidden files (names starting with "." or "_")
 * are skipped by Spark's file listing, as Hadoop tools do.
 */
final class ReadInputs {

    private ReadInputs() {
    }

    static Dataset<Row> listing(SparkSession spark, String input) {
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input);
    }

    /** Number of input files, from the listing only (no content is read). */
    static long count(SparkSession spark, String input) {
        return listing(spark, input).select("path", "length").count();
    }

    static Dataset<Row> files(SparkSession spark, String input, long maxFileSize) {
        Dataset<Row> all = listing(spark, input);
        Dataset<Row> small = all.filter(col("length").leq(maxFileSize)).select("path", "length", "content");
        Dataset<Row> large = all.filter(col("length").gt(maxFileSize))
                .select(col("path"), col("length"), lit(null).cast(DataTypes.BinaryType).as("content"));
        return small.unionAll(large);
    }
}
