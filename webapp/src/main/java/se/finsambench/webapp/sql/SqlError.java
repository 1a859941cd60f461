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
        /** Needed more memory (or spill space on disk) than the server allows. */
        MEMORY(413),
        /** The result, or one value of it, is larger than the answer may be in bytes. */
        TOO_LARGE(413),
        /** A request from another site, another origin or under a host name the server does not serve. */
        CROSS_SITE(403),
        /** The saved-query store has no room left. */
        FULL(507),
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

    /** Memory ran out (DuckDB's limit, the process's cap or the Java heap): a 413 answer, not a crash. */
    public static SqlError outOfMemory() {
        return new SqlError(Kind.MEMORY, "Frågan behövde mer minne än servern tillåter."
                + " Begränsa den med WHERE, färre kolumner eller en aggregering.");
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The kind as the API names it: refused, invalid, timeout, memory, too_large, cross_site, full, unavailable,
     * not_found, unauthorized.
     */
    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
