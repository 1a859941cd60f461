package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SaveMode;

/**
 * The write stage: each table as Parquet into the staging folder. {@code facts} and {@code indicators} are
 * partitioned by {@code fiscal_year} (hive style, {@code fiscal_year=2023/}) unless empty: an empty table is
 * written unpartitioned so it still has a Parquet file with its schema for other tools to read.
 */
final class LakeWriter {

    /** Whole-stage code generation off, expressions interpreted (Spark's own switch, used by its tests). */
    private static final Map<String, String> INTERPRETED = Map.of("spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN");

    private final LakePublisher lake;
    private final Map<String, Boolean> partitioned = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();

    /** One table to write; {@code byFiscalYear} for facts and indicators. */
    record Table(String name, Dataset<Row> data, boolean byFiscalYear) {
    }

    LakeWriter(LakePublisher lake) {
        this.lake = lake;
    }

    /**
     * Writes every table, one after the other, with Spark's expressions interpreted, not compiled: most tables are
     * a few thousand rows, and generating, compiling and JIT-compiling each query's code cost more than the rows.
     */
    void writeAll(List<Table> tables) throws InterruptedException {
        if (tables.isEmpty()) {
            return;
        }
        RuntimeConfig conf = tables.get(0).data().sparkSession().conf();
        Map<String, String> before = new LinkedHashMap<>();
        INTERPRETED.forEach((k, v) -> {
            before.put(k, conf.get(k, null));
            conf.set(k, v);
        });
        try {
            writeEach(tables);
        } finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    conf.unset(k);
                } else {
                    conf.set(k, v);
                }
            });
        }
    }

    private void writeEach(List<Table> tables) throws InterruptedException {
        for (Table t : tables) {
            write(t.name(), t.data(), t.byFiscalYear());
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
