package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The read stage: every file under the input folder (recursively) as {@link LakeSchemas#INPUT_FILE} rows,
 * read by Spark's {@code binaryFile} source. Files over the size limit are filtered on {@code length}
 * before Spark loads their content (the filter is pushed into the scan) and travel on with null content,
 * so they become rejected rows instead of failing the job. Spark's file index drops empty files, so those
 * are listed separately (metadata only, on the driver, like Spark's own listing) and joined in with empty
 * content. Hidden files and folders (names starting with "." or "_") are skipped, as Spark and Hadoop tools do.
 */
final class ReadInputs {

    private ReadInputs() {
    }

    static Dataset<Row> listing(SparkSession spark, String input) {
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input);
    }

    /** Number of input files, from the listing only (no content is read). */
    static long count(SparkSession spark, String input) throws IOException {
        return listing(spark, input).select("path", "length").count() + emptyFiles(spark, input).size();
    }

    static Dataset<Row> files(SparkSession spark, String input, long maxFileSize) throws IOException {
        List<Row> empty = emptyFiles(spark, input).stream()
                .map(p -> RowFactory.create(p, 0L, new byte[0])).toList();
        Dataset<Row> all = listing(spark, input);
        Dataset<Row> small = all.filter(col("length").leq(maxFileSize)).select("path", "length", "content");
        Dataset<Row> large = all.filter(col("length").gt(maxFileSize))
                .select(col("path"), col("length"), lit(null).cast(DataTypes.BinaryType).as("content"));
        return small.unionAll(large).unionAll(spark.createDataFrame(empty, LakeSchemas.INPUT_FILE));
    }

    /** Paths of the empty files under the input, which Spark's file index leaves out. */
    static List<String> emptyFiles(SparkSession spark, String input) throws IOException {
        Path root = new Path(input);
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        List<String> out = new ArrayList<>();
        collectEmpty(fs, fs.makeQualified(root), out);
        return out;
    }

    private static void collectEmpty(FileSystem fs, Path dir, List<String> out) throws IOException {
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (s.isDirectory()) {
                collectEmpty(fs, s.getPath(), out);
            } else if (s.getLen() == 0) {
                out.add(s.getPath().toString());
            }
        }
    }
}
