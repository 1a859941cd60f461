package se.finsambench.webapp.sql;

/**
 * Why a query gave no result, with a Swedish message for the analyst. The kind decides the HTTP status and
 * lets the page keep the SQL in the editor and say what to change.
 */
public final class SqlError extends RuntimeException {

    /** What went wrong, and the HTTP status that says it. */
    public enum Kind {
        /** Not a read-only single statement, or it reaches for something outside the lake. */
        REFUSED(403),
        /** DuckDB could not parse or run it (a typo, an unknown column …). */
        INVALID(400),
        /** Ran past the time limit and was cancelled. */
        TIMEOUT(408),
        /** Needed more memory than the server allows. */
        MEMORY(413),
        /** Too many queries at once, or the saved-query store cannot be used. */
        UNAVAILABLE(503),
        /** A saved query that does not exist. */
        NOT_FOUND(404),
        /** The server listens beyond this machine and the request did not carry the SQL token. */
        UNAUTHORIZED(401);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;

    public SqlError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The kind as the API names it: refused, invalid, timeout, memory, unavailable, not_found, unauthorized. */
    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
