import java.nio.file.Path;
import se.finsambench.pipeline.job.LakeComparison;

/**
 * Every table of two lakes' published snapshots compared row by row ({@link LakeComparison}, DuckDB EXCEPT ALL both
 * ways). A single-file program: {@code java -cp "pipeline/target/classes:pipeline/target/lib/*"
 * pipeline/src/test/bench/CompareLakeTables.java LAKE_A LAKE_B}; exit code 1 when they differ.
 */
public class CompareLakeTables {
    public static void main(String[] args) throws Exception {
        LakeComparison.Result result = LakeComparison.compare(Path.of(args[0]), Path.of(args[1]));
        for (LakeComparison.Table t : result.tables()) {
            System.out.printf("%-15s %8d vs %8d rows, %d differing%n", t.name(), t.rowsA(), t.rowsB(), t.differing());
        }
        System.out.println(result.same() ? "Lakes are equal." : "Lakes differ: " + result.describe());
        System.exit(result.same() ? 0 : 1);
    }
}
