package se.finsambench.pipeline.job;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import se.finsambench.pipeline.read.UnreadableDocumentException;

/**
 * Runs one document's work at a time on a thread of its own, with a large stack (deeply nested documents) and a
 * time limit. When the time is up the thread is interrupted, the readers' and the extractor's loops stop at their
 * next {@link se.finsambench.pipeline.read.Cancellation#check()}, and the next document waits until they have:
 * a timed-out document never keeps a core busy after the run has moved on. Whatever the work throws — an
 * unreadable document, a parser's bug, a stack overflow, running out of memory — becomes a plain failure.
 */
public final class DocumentWorker implements AutoCloseable {

    /** How long a timed-out document's thread is given to stop before it is left behind (daemon). */
    static final long STOP_SECONDS = 10;
    private static final long STACK_BYTES = 64L << 20;

    /** The work's value, or why there is none (then {@code value} is null). */
    public record Result<T>(T value, String failure, boolean timedOut) {
    }

    private final long timeoutSeconds;
    private ExecutorService thread = newThread();

    public DocumentWorker(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public <T> Result<T> run(Callable<T> work) {
        Future<T> future = thread.submit(work);
        try {
            return new Result<>(future.get(timeoutSeconds, TimeUnit.SECONDS), null, false);
        } catch (TimeoutException e) {
            stop(future);
            return new Result<>(null, timedOut(timeoutSeconds), true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Result<>(null, cause instanceof UnreadableDocumentException u ? u.reason()
                    : "could not be processed: " + ExtractDocuments.describe(cause), false);
        } catch (InterruptedException e) {
            stop(future);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The start of the problem of a document that ran out of time (how the extraction cache knows one). */
    static final String TIMED_OUT = "extraction did not finish within ";

    static String timedOut(long seconds) {
        return TIMED_OUT + seconds + " s";
    }

    private void stop(Future<?> future) {
        future.cancel(true);
        thread.shutdown();
        try {
            // A thread stuck where no check is reached (inside a library) is left behind: it is a daemon.
            thread.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = newThread();
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(null, task, "finsam-extract", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
