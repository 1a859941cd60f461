package se.finsambench.pipeline.read;

/**
 * Cooperative cancellation of one document's work. A document that runs out of time has its thread interrupted
 * ({@code Future.cancel(true)}); the readers' and the extractor's loops call {@link #check()}, so the work stops
 * there instead of running on, unseen, after the run has moved on.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** @throws Cancelled when the current thread was interrupted (the flag stays set) */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }

    /** The work of a document was stopped because its thread was interrupted. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("stopped: the document's time ran out", null, false, false);
        }
    }
}
