package se.finsambench.webapp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A hard ceiling on the server's memory, set on its own process (Linux {@code RLIMIT_DATA} through util-linux's
 * {@code prlimit}). DuckDB's {@code memory_limit} covers its buffer pool, not the values a query builds
 * ({@code repeat('x', 1e9)} is a gigabyte outside it), and the Java heap limit covers Java only; with the
 * ceiling an allocation past it fails in DuckDB as an "Out of Memory" error, which the workbench answers with
 * 413, instead of the machine swapping or the kernel killing the server. The heap should be committed up front
 * ({@code -Xms} = {@code -Xmx}, as the launcher starts it), so it never has to grow into the ceiling.
 */
final class MemoryCap {

    /** Resident code and read-only mappings (libduckdb, the JVM) that count in RSS but not in the data limit. */
    static final long CODE_ALLOWANCE = 160L << 20;
    /** Room above heap and DuckDB's limit for the JVM's own native memory, threads and DuckDB's unpooled allocations. */
    static final long NATIVE_RESERVE = 768L << 20;

    private MemoryCap() {
    }

    /** The default cap: the heap, DuckDB's limit and a reserve for everything native. */
    static long defaultCap(long duckDbBytes) {
        return Runtime.getRuntime().maxMemory() + duckDbBytes + NATIVE_RESERVE;
    }

    /** Sets the data limit so that resident memory stays under {@code capBytes}; a message on failure, else null. */
    static String apply(long capBytes) {
        Path prlimit = Path.of("/usr/bin/prlimit");
        if (!Files.isExecutable(prlimit)) {
            return "no " + prlimit + " (util-linux): the server runs without a memory cap";
        }
        long data = capBytes - CODE_ALLOWANCE;
        try {
            Process p = new ProcessBuilder(prlimit.toString(), "--pid", Long.toString(ProcessHandle.current().pid()),
                    "--data=" + data + ":" + data).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "prlimit failed (" + out + "): the server runs without a memory cap";
            }
            return null;
        } catch (IOException e) {
            return "prlimit failed (" + e.getMessage() + "): the server runs without a memory cap";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while setting the memory cap";
        }
    }

    /** "512MB", "2GB", "1.5GiB" in bytes (the units DuckDB takes; KB, MB … count as powers of 1024 here too). */
    static long bytes(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        String number = s.replaceAll("[KMGT]I?B$", "");
        long unit = switch (s.substring(number.length()).replace("I", "")) {
            case "KB" -> 1L << 10;
            case "MB" -> 1L << 20;
            case "GB" -> 1L << 30;
            case "TB" -> 1L << 40;
            default -> throw new IllegalArgumentException("a size looks like 512MB or 2GB, not " + size);
        };
        try {
            return (long) (Double.parseDouble(number) * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a size looks like 512MB or 2GB, not " + size);
        }
    }

    static String megabytes(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
