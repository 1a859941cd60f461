package se.finsambench.pipeline.job;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.util.LongAccumulator;

/**
 * One updating line on stderr while documents are extracted: done/total and rate. The accumulator is
 * merged on the driver as tasks finish, so the count advances a partition at a time.
 */
final class Progress implements AutoCloseable {

    private final LongAccumulator done;
    private final long total;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    Progress(LongAccumulator done, long total, PrintStream out) {
        this.done = done;
        this.total = total;
        this.out = out;
        this.thread = new Thread(this::loop, "finsam-progress");
        thread.setDaemon(true);
        if (out != null) {
            thread.start();
        }
    }

    private void loop() {
        long shown = -1;
        long shownAt = 0;
        while (running) {
            // Redraw when the count moved, otherwise every 10 s (the elapsed time), so logs are not flooded.
            long now = System.nanoTime();
            if (done.value() != shown || now - shownAt > 10_000_000_000L) {
                shown = done.value();
                shownAt = now;
                print();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void print() {
        long n = done.value();
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        out.printf(Locale.ROOT, "\rExtracting: %d/%d documents (%.1f/s, %.0f s)   ", n, total, n / seconds, seconds);
        out.flush();
    }

    @Override
    public void close() {
        running = false;
        if (out != null) {
            thread.interrupt();
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            print();
            out.println();
        }
    }
}
