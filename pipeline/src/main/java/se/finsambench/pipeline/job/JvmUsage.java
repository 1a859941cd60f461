package se.finsambench.pipeline.job;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * CPU time and heap use of this JVM, for the run manifest. With a local master the driver runs the tasks too,
 * so process CPU per stage tells where work goes even when other programs share the cores (wall time does not),
 * and the peak heap is the whole job's.
 *
 * <p>The peak heap is the largest whole-heap use seen just before a garbage collection (the moment the heap is
 * fullest), from the collectors' notifications, which start when this class is first used (the first stage).
 * The sum of each pool's own peak, reported before, overstated it: eden, survivor and old generation reach their
 * peaks at different moments.
 */
final class JvmUsage {

    private static final AtomicLong PEAK_BEFORE_GC = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        PEAK_BEFORE_GC.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                    }
                }, null, null);
            }
        }
    }

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

    /** The most heap in use at once since the first stage: before the fullest collection, or now if more. */
    static long peakHeapBytes() {
        return Math.max(PEAK_BEFORE_GC.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Bytes used in the heap pools of one snapshot of all pools. */
    static long heapUsed(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
            if (HEAP_POOLS.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }
}
