package se.finsambench.pipeline.job;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession for ingest: quiet, small shuffles, nothing an ingest does not read (no UI, no event log, a short
 * history of jobs and queries in the driver's status store), and on a cluster the job's jar and Java 17 opens.
 */
public final class SparkSessions {

    /** Keep in step with java17.opens in pom.xml and the launcher. */
    static final String JAVA17_OPENS = String.join(" ",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dfile.encoding=UTF-8");

    /** Shuffle partitions on a cluster; local masters use one per core. */
    static final int SHUFFLE_PARTITIONS = 8;

    private SparkSessions() {
    }

    public static SparkSession create(String master) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("finsambench-ingest")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(SHUFFLE_PARTITIONS))
                // The status store keeps every job, stage, task and query plan for a UI nobody opens: the driver's
                // heap and listener time. Status-tracking needs only the running ones.
                .config("spark.ui.retainedJobs", "20")
                .config("spark.ui.retainedStages", "20")
                .config("spark.ui.retainedTasks", "1000")
                .config("spark.sql.ui.retainedExecutions", "5")
                .config("spark.sql.session.timeZone", "UTC");
        if (master != null && !master.isBlank()) {
            builder.master(master);
        }
        if (master != null && !master.startsWith("local")) {
            if (System.getProperty("spark.jars") == null) { // spark-submit ships the application jar itself
                jobJar().ifPresent(jar -> builder.config("spark.jars", jar.toString()));
            }
            builder.config("spark.executor.extraJavaOptions",
                    System.getProperty("spark.executor.extraJavaOptions", JAVA17_OPENS));
        }
        if (master != null && master.startsWith("local")) {
            builder.config("spark.eventLog.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        if (master != null && master.startsWith("local")) {
            // On one machine as many shuffle partitions as cores: each partition is a task, each task deserialises
            // its stage and compiles its projections, and every table has several shuffles of a few thousand rows.
            // No result depends on the count (IndicatorCalculator sorts its input: IndicatorInputOrderPropertyTest).
            spark.conf().set("spark.sql.shuffle.partitions", spark.sparkContext().defaultParallelism());
            // Adaptive execution re-plans every query after each of its shuffles: on one machine, with the
            // partitions already as many as the cores, that is planning (and JIT-compiling the planner) for
            // nothing to coalesce (34.8 -> 29.8 CPU s after extraction on the default corpus, one pair of runs).
            spark.conf().set("spark.sql.adaptive.enabled", false);
        }
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /**
     * The jar executors need: the running jar, or, when running from {@code target/classes}, the jar Maven
     * packaged beside it ({@code target/finsambench-pipeline-*.jar}).
     */
    static Optional<Path> jobJar() {
        try {
            Path source = Path.of(SparkSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(source)) {
                return Optional.of(source);
            }
            File target = source.getParent().toFile();
            try (Stream<Path> files = Files.list(target.toPath())) {
                return files.filter(p -> p.getFileName().toString().matches("finsambench-pipeline-.*\\.jar"))
                        .filter(p -> !p.getFileName().toString().matches(".*-(tests|sources|javadoc)\\.jar"))
                        .findFirst();
            }
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
