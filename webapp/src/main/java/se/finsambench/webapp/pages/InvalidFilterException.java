package se.finsambench.webapp.pages;

/** A filter in the URL that the page cannot use; the message says which and what is allowed, in Swedish. */
public final class InvalidFilterException extends RuntimeException {

    public InvalidFilterException(String message) {
        super(message);
    }
}
