package se.finsambench.webapp.sql;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeException;
import se.finsambench.webapp.lake.LakeSettings;

/**
 * {@code finsambench sql --lake DIR "SELECT …" [--format table|csv|json]}: the web app's SQL workbench on the
 * command line — the same views, the same locked read-only connection, the same gate, time limit and caps.
 * Exit 0 on a result, 1 when the query is refused or fails, 2 when the lake cannot be opened. Run as a program
 * ({@link #main}) the time limit holds whatever DuckDB is doing: a value DuckDB builds without looking at the
 * clock cannot be cancelled, so a second after the limit the process says so and ends.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Runs one read-only SQL query over a published lake and prints the result.")
public final class SqlCommand implements Callable<Integer> {

    /** How the result is printed. */
    enum Format { table, csv, json }

    @Option(names = "--lake", required = true, description = "Lake folder written by `finsambench ingest`.")
    Path lake;

    @Parameters(index = "0", paramLabel = "SQL", description = "One SELECT/WITH/FROM/VALUES/DESCRIBE/SHOW/SUMMARIZE/EXPLAIN"
            + " statement; - reads it from standard input.")
    String sql;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--limit", description = "Most rows to print (default 1000 for a table, 1000000 for csv and json).")
    Long limit;

    @Option(names = "--timeout", defaultValue = "30s", description = "Longest the query may run (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--memory-limit", defaultValue = "1GB", description = "DuckDB memory limit (default ${DEFAULT-VALUE}).")
    String memoryLimit;

    @Option(names = "--threads", defaultValue = "2", description = "DuckDB threads (default ${DEFAULT-VALUE}).")
    int threads;

    /** How long after the time limit a query that did not stop is ended with the process. */
    static final Duration GRACE = Duration.ofSeconds(1);
    private boolean hardStop;

    public static void main(String[] args) {
        // Progress logging belongs to the server; here stdout is the result and stderr the verdict.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        SqlCommand command = new SqlCommand();
        command.hardStop = true;
        System.exit(CommandErrors.execute(commandLine(command), "the result is too large to print (ask for fewer rows"
                + " with --limit, or give Java more with WEB_JAVA_OPTS=-Xmx4g)", args));
    }

    /** SQL that starts with a comment ("-- …") is the query, not an unknown option. */
    public static CommandLine commandLine() {
        return commandLine(new SqlCommand());
    }

    private static CommandLine commandLine(SqlCommand command) {
        return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
                .setUnmatchedOptionsArePositionalParams(true);
    }

    /** Ends the process a little after the limit if the query is still running then (the program only, not tests). */
    private void watch(Duration time, PrintWriter err) {
        if (!hardStop) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(time.plus(GRACE).toMillis());
            } catch (InterruptedException e) {
                return;
            }
            err.println("sql: " + DuckDbErrors.timeout(time.toMillis()).getMessage());
            err.flush();
            Runtime.getRuntime().halt(1);
        }, "sql-hard-timeout");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Duration time;
        Lake opened;
        try {
            if (sql.equals("-")) {
                sql = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            time = SqlToken.duration(timeout);
            opened = Lake.open(lake, new LakeSettings(memoryLimit, threads, Duration.ofSeconds(1)));
        } catch (LakeException | IllegalArgumentException e) {
            err.println("sql: " + e.getMessage());
            return 2;
        }
        SqlLimits d = SqlLimits.defaults();
        SqlLimits limits = new SqlLimits(time, d.pageRows(), d.maxPageRows(), Long.MAX_VALUE, 1, Long.MAX_VALUE,
                Long.MAX_VALUE);
        long rows = limit != null && limit > 0 ? limit : format == Format.table ? d.pageRows() : d.downloadRows();
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        watch(time, err);
        try (opened; SafeExecutor executor = new SafeExecutor(opened, limits)) {
            Outcome o = switch (format) {
                case csv -> {
                    try (CsvSink sink = new CsvSink(out, Long.MAX_VALUE, false, true)) {
                        yield executor.run(sql, rows, Long.MAX_VALUE, time, sink);
                    }
                }
                case json -> {
                    JsonSink sink = new JsonSink(out, Long.MAX_VALUE);
                    Outcome outcome = executor.run(sql, rows, Long.MAX_VALUE, time, sink);
                    sink.finish(outcome, java.util.Map.of());
                    yield outcome;
                }
                case table -> {
                    TextTable sink = new TextTable();
                    Outcome outcome = executor.run(sql, rows, Long.MAX_VALUE, time, sink);
                    PrintWriter table = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    sink.print(table);
                    table.flush();
                    yield outcome;
                }
            };
            out.flush();
            err.println("(" + o.rows() + (o.rows() == 1 ? " rad, " : " rader, ") + o.elapsedMs() + " ms"
                    + (o.truncated() ? "; fler rader finns – höj --limit" : "") + ")");
            return 0;
        } catch (SqlError e) {
            err.println("sql: " + e.getMessage());
            return 1;
        }
    }
}
