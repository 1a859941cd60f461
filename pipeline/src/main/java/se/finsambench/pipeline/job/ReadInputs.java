package se.finsambench.pipeline.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The listed input files as a distributed {@link LakeSchemas#INPUT_FILE} dataset: paths and sizes only, spread
 * over partitions so that each partition holds a similar number of bytes. Content is read by the tasks
 * ({@link ExtractDocuments}, {@link InputBytes}), never on the driver. Spark's {@code binaryFile} source is not
 * used: it lists folders again (following link loops), fails the whole job when a listed file has gone or
 * turned into a folder, and loads a file whole even when it grew past the size limit after the listing.
 */
final class ReadInputs {

    /** Files per partition to aim for: small enough that progress moves, large enough to amortise task start. */
    static final int FILES_PER_PARTITION = 50;

    private ReadInputs() {
    }

    static Dataset<Row> files(SparkSession spark, List<InputListing.Entry> listed) {
        int partitions = partitions(listed.size(), spark.sparkContext().defaultParallelism());
        List<Row> rows = balanced(listed, partitions).stream()
                .map(e -> RowFactory.create(e.path(), e.length(), e.problem(), e.location())).toList();
        JavaRDD<Row> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, partitions);
        return spark.createDataFrame(rdd, LakeSchemas.INPUT_FILE);
    }

    static int partitions(int files, int parallelism) {
        int wanted = Math.max(parallelism * 2, (files + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION);
        return Math.max(1, Math.min(files, wanted));
    }

    /**
     * The entries reordered so that Spark's contiguous slices each get a fair share of the large files: the
     * k-th largest file goes to slice k mod n (parallelize cuts the list into n runs of equal length).
     */
    static List<InputListing.Entry> balanced(List<InputListing.Entry> listed, int slices) {
        List<InputListing.Entry> bySize = listed.stream()
                .sorted(Comparator.comparingLong(InputListing.Entry::length).reversed()
                        .thenComparing(InputListing.Entry::path))
                .toList();
        List<List<InputListing.Entry>> slice = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            slice.add(new ArrayList<>());
        }
        for (int k = 0; k < bySize.size(); k++) {
            slice.get(k % slices).add(bySize.get(k));
        }
        return slice.stream().flatMap(List::stream).toList();
    }
}
