package se.finsambench.webapp.pages;

/**
 * A parameter in the URL that the page cannot use; the message says which and what is allowed, in Swedish, and
 * {@link #parameter()} names it, so a client can mark the field.
 */
public final class InvalidFilterException extends RuntimeException {

    private final String parameter;

    public InvalidFilterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
