package se.finsambench.webapp.sql;

import java.util.List;

/** What a query gave: its columns, how many rows went to the sink, whether more were left, how long it took. */
public record Outcome(List<Column> columns, long rows, boolean truncated, long elapsedMs) {
}
