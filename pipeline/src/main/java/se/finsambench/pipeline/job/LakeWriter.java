package se.finsambench.pipeline.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The write stage: each table as Parquet into the staging folder. {@code facts} and {@code indicators} are
 * partitioned by {@code fiscal_year} (hive style, {@code fiscal_year=2023/}) unless empty: an empty table is
 * written unpartitioned so it still has a Parquet file with its schema for other tools to read.
 */
final class LakeWriter {

    private final LakePublisher lake;
    private final Map<String, Boolean> partitioned = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();

    LakeWriter(LakePublisher lake) {
        this.lake = lake;
    }

    void write(String table, Dataset<Row> data, boolean byFiscalYear) {
        long count = data.count();
        boolean partition = byFiscalYear && count > 0;
        var writer = (partition ? data.repartition(data.col("fiscal_year")) : data.coalesce(1)).write()
                .mode(SaveMode.ErrorIfExists);
        if (partition) {
            writer = writer.partitionBy("fiscal_year");
        }
        writer.parquet(lake.stagedTable(table));
        partitioned.put(table, partition);
        rows.put(table, count);
    }

    Map<String, Boolean> partitioned() {
        return partitioned;
    }

    Map<String, Long> rows() {
        return rows;
    }
}
