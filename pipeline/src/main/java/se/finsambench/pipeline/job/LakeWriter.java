package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The write stage: each table as Parquet into the staging folder. {@code facts} and {@code indicators} are
 * partitioned by {@code fiscal_year} (hive style, {@code fiscal_year=2023/}) unless empty: an empty table is
 * written unpartitioned so it still has a Parquet file with its schema for other tools to read. The tables are
 * written side by side ({@link #writeAll}): most are small jobs, which alone would leave a core waiting on the
 * driver's planning and scheduling.
 */
final class LakeWriter {

    /** Tables written at the same time. */
    private static final int AT_ONCE = 3;

    private final LakePublisher lake;
    private final Map<String, Boolean> partitioned = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Long> rows = Collections.synchronizedMap(new LinkedHashMap<>());

    /** One table to write; {@code byFiscalYear} for facts and indicators. */
    record Table(String name, Dataset<Row> data, boolean byFiscalYear) {
    }

    LakeWriter(LakePublisher lake) {
        this.lake = lake;
    }

    /** Writes every table; the first failure is thrown once all have ended. Rows are listed in the given order. */
    void writeAll(List<Table> tables) throws Exception {
        tables.forEach(t -> {
            partitioned.put(t.name(), false);
            rows.put(t.name(), 0L);
        });
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, r -> {
            Thread t = new Thread(r, "lake-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (Table t : tables) {
                writes.add(pool.submit(() -> {
                    write(t.name(), t.data(), t.byFiscalYear());
                    return null;
                }));
            }
            Exception failure = null;
            for (Future<?> w : writes) {
                try {
                    w.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void write(String table, Dataset<Row> data, boolean byFiscalYear) throws InterruptedException {
        long count;
        if (byFiscalYear) {
            // Partitioned tables are persisted upstream, so counting first is cheap and tells an empty table.
            count = data.count();
            boolean partition = count > 0;
            var writer = (partition ? data.repartition(data.col("fiscal_year")) : data.coalesce(1)).write()
                    .mode(SaveMode.ErrorIfExists);
            (partition ? writer.partitionBy("fiscal_year") : writer).parquet(lake.stagedTable(table));
            partitioned.put(table, partition);
        } else {
            // Counted while writing: a separate count would compute the table a second time. One file; coalesce(1)
            // runs the table's last step in the writing task, which is cheap, as every table is a projection of
            // persisted rows or follows its own shuffle (repartition(1) would shuffle every row once more).
            Observation rowCount = new Observation(table + "_rows");
            data.observe(rowCount, count(lit(1)).as("rows")).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                    .parquet(lake.stagedTable(table));
            count = ((Number) rowCount.getAsJava().get("rows")).longValue();
            partitioned.put(table, false);
        }
        rows.put(table, count);
    }

    Map<String, Boolean> partitioned() {
        return partitioned;
    }

    Map<String, Long> rows() {
        return rows;
    }
}
