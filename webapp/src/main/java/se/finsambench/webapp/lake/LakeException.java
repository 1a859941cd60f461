package se.finsambench.webapp.lake;

/** The lake cannot be opened or queried; the message is meant for the person running the server. */
public final class LakeException extends RuntimeException {

    public LakeException(String message, Throwable cause) {
        super(message, cause);
    }

    public LakeException(String message) {
        super(message);
    }
}
