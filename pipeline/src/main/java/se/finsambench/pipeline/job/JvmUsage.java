package se.finsambench.pipeline.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * CPU time and heap use of this JVM, for the run manifest. With a local master the driver runs the tasks too,
 * so process CPU per stage tells where work goes even when other programs share the cores (wall time does not),
 * and the peak heap is the whole job's.
 */
final class JvmUsage {

    private JvmUsage() {
    }

    /** CPU time of all this process's threads, in ms; -1 where the JVM does not tell. */
    static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1_000_000;
        }
        return -1;
    }

    /** Sum of the heap pools' peaks since the JVM started. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
