package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmUsageTest {

    private static final long HELD = 256L << 20;

    /** Heap held across a collection is in the peak, and the peak is not the overstated sum of pool peaks. */
    @Test
    void peakSeesHeapHeldAcrossACollectionAndStaysBelowThePoolPeaksSum() throws InterruptedException {
        JvmUsage.processCpuMillis(); // the first use starts listening
        List<byte[]> held = new ArrayList<>();
        for (long n = 0; n < HELD; n += 1 << 20) {
            held.add(new byte[1 << 20]);
        }
        System.gc(); // the notification comes on another thread, shortly after
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (JvmUsage.peakHeapBytes() < HELD && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long peak = JvmUsage.peakHeapBytes();
        assertTrue(peak >= HELD, "peak " + peak + " < held " + HELD + " (" + held.size() + " MB held)");
        assertTrue(peak <= poolPeaksSum(), "peak " + peak + " > sum of pool peaks " + poolPeaksSum());
    }

    private static long poolPeaksSum() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
