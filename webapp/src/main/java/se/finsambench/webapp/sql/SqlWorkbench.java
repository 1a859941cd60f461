package se.finsambench.webapp.sql;

import java.util.List;
import se.finsambench.webapp.lake.Lake;

/** The workbench's services, wired once per app: the safe executor and what the SQL page shows besides results. */
public record SqlWorkbench(SafeExecutor executor, Downloads downloads, SavedQueries saved, SchemaBrowser schema,
                           List<ExampleQueries.Example> examples) implements AutoCloseable {

    public static SqlWorkbench create(Lake lake, SqlLimits limits, SavedQueries saved) {
        SafeExecutor executor = new SafeExecutor(lake, limits);
        return new SqlWorkbench(executor, new Downloads(executor), saved, new SchemaBrowser(lake), ExampleQueries.bundled());
    }

    @Override
    public void close() {
        executor.close();
        saved.close();
    }
}
