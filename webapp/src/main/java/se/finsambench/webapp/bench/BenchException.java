package se.finsambench.webapp.bench;

/** A benchmark cannot run (a tool is missing, the lake cannot be read …); the message says what to do. */
public final class BenchException extends RuntimeException {

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
