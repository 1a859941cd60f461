package se.finsambench.webapp.pages;

/** Something a URL names (an association, a document line, an indicator) is not in the lake. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
