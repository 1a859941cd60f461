package se.finsambench.pipeline.read.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract's command line with its Swedish model ({@code tesseract - - -l swe tsv}): a page image in, the
 * recognised words with their boxes and confidences out. One process per page, one thread each
 * (OMP_THREAD_LIMIT=1: the pipeline already keeps every core busy with documents); the process is killed
 * when the calling thread is interrupted (the ingest's time limit per document) or a page takes too long.
 */
final class Tesseract {
    static final String LANGUAGE = "swe";
    /** The command, {@code tesseract} on the PATH unless {@code -Dfinsam.tesseract} names another. */
    static final String COMMAND = System.getProperty("finsam.tesseract", "tesseract");
    private static final long PAGE_SECONDS = 120;
    private static volatile Boolean available;
    /** Threads that collect Tesseract's output (daemons: a killed process ends their read). */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tesseract-stdout");
        t.setDaemon(true);
        return t;
    });

    /** One recognised word: its box in image pixels, its line (block, paragraph, line numbers) and confidence. */
    record OcrWord(String text, int left, int top, int width, int height, int lineKey, double confidence) {
    }

    private Tesseract() {
    }

    /** Tesseract is on the PATH with the Swedish model installed (asked once per JVM). */
    static boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder(COMMAND, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) && out.lines().anyMatch(l -> l.strip().equals(LANGUAGE));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The words Tesseract recognises on one page image (PNG bytes). */
    static List<OcrWord> recognise(byte[] png) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(COMMAND, "-", "-", "-l", LANGUAGE, "--psm", "3", "tsv");
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try {
            Thread writer = new Thread(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(png);
                } catch (IOException ignored) {
                    // the process ended early; its exit status tells
                }
            }, "tesseract-stdin");
            writer.setDaemon(true);
            writer.start();
            // Tesseract writes its TSV only at the end: read it on a thread of its own, so that this one waits in
            // waitFor, which an interrupt (the document's time limit) ends at once.
            CompletableFuture<byte[]> tsv = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()), READERS);
            if (!p.waitFor(PAGE_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("tesseract failed on a page (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
            }
            return parse(new String(tsv.join(), StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the process was killed; its exit status tells
        }
    }

    /** TSV rows of level 5 (words): level page block par line word left top width height conf text. */
    static List<OcrWord> parse(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
                continue;
            }
            try {
                int lineKey = Integer.parseInt(f[2]) * 1_000_000 + Integer.parseInt(f[3]) * 1_000 + Integer.parseInt(f[4]);
                words.add(new OcrWord(f[11].strip(), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]), lineKey, Math.max(0, Double.parseDouble(f[10])) / 100));
            } catch (NumberFormatException e) {
                // a malformed row is skipped, not fatal
            }
        }
        return words;
    }
}
