package se.finsambench.pipeline.read;

/** A file that cannot be turned into text; {@link #reason()} is a short plain-language explanation. */
public class UnreadableDocumentException extends Exception {
    private final String reason;

    public UnreadableDocumentException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
