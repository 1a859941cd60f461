/**
 * The ad hoc SQL workbench, Javalin-free: {@link se.finsambench.webapp.sql.StatementGate} (one read-only
 * statement, by DuckDB's own parser), {@link se.finsambench.webapp.sql.SafeExecutor} (time limit, row cap,
 * on {@link se.finsambench.webapp.lake.Lake#read}'s locked, read-only connections), downloads, saved
 * queries, the schema browser and the {@code finsambench sql} command.
 */
package se.finsambench.webapp.sql;
