package se.finsambench.pipeline.read;

/**
 * A document that cannot be turned into text. The {@link #reason()} is a short plain-language
 * English sentence fragment meant for end users and run reports ("file is empty", "PDF is encrypted").
 */
public final class UnreadableDocumentException extends Exception {
    private final String reason;

    public UnreadableDocumentException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    /** Why the document could not be read, in plain language. */
    public String reason() {
        return reason;
    }
}
