package se.finsambench.webapp.sql;

/** A query kept for sharing: no author on purpose, only what it asks. {@code created} is ISO local time. */
public record SavedQuery(String id, String name, String sql, String created) {
}
