package se.finsambench.webapp.sql;

import java.util.List;

/**
 * What a query gave: its columns, how many rows went to the sink, whether more were left ({@code truncated}),
 * whether that was because the next row would not fit the byte cap ({@code cutAtBytes}), how long it took.
 */
public record Outcome(List<Column> columns, long rows, boolean truncated, boolean cutAtBytes, long elapsedMs) {
}
