package se.finsambench.pipeline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.TextDocument;
import se.finsambench.pipeline.read.UnreadableDocumentException;

/**
 * Single-thread extraction speed (issue 7): a generated corpus is loaded into memory once, then on one thread
 * the same bytes are decoded and split into lines (the floor: what no extractor can beat), read into text
 * documents per format, extracted from already-read documents, and read and extracted end to end. Extraction
 * is held against 10 MB/s per core and 5 times the floor's time; PDF and DOCX are reported on their own because
 * PDFBox and POI, not our code, dominate their time. PDF is also given in pages per second: its layout (words,
 * lines, tables from glyph positions) costs by the page more than by the byte.
 */
public final class ExtractionBench implements Benchmark {

    static final String NAME = "extraction";
    static final int DOCUMENTS = 1745;
    static final int QUICK_DOCUMENTS = 300;
    static final double TARGET_MB_PER_S = 10;
    static final double TARGET_FLOOR_RATIO = 5;
    static final Set<String> TEXT_FORMATS = Set.of("txt", "md", "html");
    static final List<String> FORMATS = List.of("txt", "md", "html", "pdf", "docx");
    private static final double MB = 1_000_000;

    /**
     * One file in memory. {@code textBytes} is the UTF-8 size of the text read from it, the extractor's input;
     * {@code pages} its number of pages (0 for formats without pages).
     */
    record Source(String fileName, String format, byte[] bytes, TextDocument document, long textBytes, int pages) {
    }

    /** The samples of one subject: MB/s of its input, documents and pages per second, one value per run. */
    private record Rates(List<Double> mbPerS, List<Double> docsPerS, List<Double> pagesPerS, List<Double> seconds) {
        Rates() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void add(List<Source> group, long bytes, long nanos) {
            double s = nanos / 1e9;
            mbPerS.add(bytes / MB / s);
            docsPerS.add(group.size() / s);
            pagesPerS.add(group.stream().mapToInt(Source::pages).sum() / s);
            seconds.add(s);
        }
    }

    private final DocumentReader reader = new DocumentReader();
    private final ReportExtractor extractor = ReportExtractor.withDefaults();
    /** Every result is folded into this so the JIT cannot drop the work measured. */
    private long sink;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measurement> run(BenchSettings settings) throws Exception {
        Path reports = GeneratedCorpora.reports(settings, settings.quick() ? QUICK_DOCUMENTS : DOCUMENTS);
        List<Source> all = load(reports);
        List<Source> text = all.stream().filter(s -> TEXT_FORMATS.contains(s.format())).toList();
        Map<String, List<Source>> byFormat = new LinkedHashMap<>();
        FORMATS.forEach(f -> byFormat.put(f, all.stream().filter(s -> s.format().equals(f)).toList()));
        settings.progress().printf("bench: extraction on %d documents (%.1f MB, %.1f MB of text formats), %d runs%n",
                all.size(), fileBytes(all) / MB, fileBytes(text) / MB, settings.runs());

        Rates floor = new Rates();
        Map<String, Rates> read = rates();
        Map<String, Rates> extract = rates();
        Map<String, Rates> endToEnd = rates();
        Rates extractText = new Rates();
        Rates extractAll = new Rates();
        Rates endToEndText = new Rates();
        Rates endToEndAll = new Rates();
        // The same figures by the thread's CPU time: on a shared machine wall time also counts waiting for a core.
        Rates floorCpu = new Rates();
        Rates extractTextCpu = new Rates();
        Rates endToEndTextCpu = new Rates();
        for (int run = -1; run < settings.runs(); run++) { // run -1 warms the JIT up and is not counted
            settings.progress().println("bench: extraction " + (run < 0 ? "warm-up" : "run " + (run + 1)));
            long cpuStart = cpuNanos();
            long floorNanos = timeFloor(text);
            long floorCpuNanos = cpuNanos() - cpuStart;
            // Each format is timed on its own; the groups' figures are sums of these, so nothing runs twice.
            Map<String, long[]> nanos = new LinkedHashMap<>();
            for (String f : FORMATS) {
                List<Source> group = byFormat.get(f);
                long c0 = cpuNanos();
                long readNanos = timeRead(group);
                long c1 = cpuNanos();
                long extractNanos = timeExtract(group);
                long c2 = cpuNanos();
                long endToEndNanos = timeEndToEnd(group);
                long c3 = cpuNanos();
                nanos.put(f, new long[] {readNanos, extractNanos, endToEndNanos, c1 - c0, c2 - c1, c3 - c2});
            }
            if (run < 0) {
                continue;
            }
            floor.add(text, fileBytes(text), floorNanos);
            floorCpu.add(text, fileBytes(text), floorCpuNanos);
            extractTextCpu.add(text, textBytes(text), sum(nanos, TEXT_FORMATS, 4));
            endToEndTextCpu.add(text, fileBytes(text), sum(nanos, TEXT_FORMATS, 5));
            for (String f : FORMATS) {
                List<Source> group = byFormat.get(f);
                if (!group.isEmpty()) {
                    read.get(f).add(group, fileBytes(group), nanos.get(f)[0]);
                    extract.get(f).add(group, textBytes(group), nanos.get(f)[1]);
                    endToEnd.get(f).add(group, fileBytes(group), nanos.get(f)[2]);
                }
            }
            extractText.add(text, textBytes(text), sum(nanos, TEXT_FORMATS, 1));
            extractAll.add(all, textBytes(all), sum(nanos, byFormat.keySet(), 1));
            endToEndText.add(text, fileBytes(text), sum(nanos, TEXT_FORMATS, 2));
            endToEndAll.add(all, fileBytes(all), sum(nanos, byFormat.keySet(), 2));
        }
        settings.progress().println("bench: extraction checksum " + sink);

        List<Measurement> out = new ArrayList<>();
        out.add(Measurement.of(NAME, "floor: UTF-8 decode + split lines (txt, md, html)", "MB/s", floor.mbPerS()));
        for (String f : FORMATS) {
            if (!byFormat.get(f).isEmpty()) {
                out.add(Measurement.of(NAME, "read " + f, "MB/s", read.get(f).mbPerS()));
                if (f.equals("pdf")) {
                    out.add(Measurement.of(NAME, "read pdf", "pages/s", read.get(f).pagesPerS()));
                }
            }
        }
        for (String f : FORMATS) {
            if (!byFormat.get(f).isEmpty()) {
                out.add(Measurement.of(NAME, "extract " + f, "MB/s", extract.get(f).mbPerS()));
            }
        }
        out.add(Measurement.of(NAME, "extract (txt, md, html)", "MB/s", extractText.mbPerS())
                .against(Measurement.Target.atLeast(TARGET_MB_PER_S)));
        out.add(Measurement.of(NAME, "extract (txt, md, html)", "docs/s", extractText.docsPerS()));
        out.add(Measurement.of(NAME, "extract time / floor time (txt, md, html)", "ratio",
                ratios(extractText.seconds(), floor.seconds())).against(Measurement.Target.atMost(TARGET_FLOOR_RATIO)));
        out.add(Measurement.of(NAME, "extract (all formats)", "MB/s", extractAll.mbPerS()));
        out.add(Measurement.of(NAME, "extract (all formats)", "docs/s", extractAll.docsPerS()));
        for (String f : FORMATS) {
            if (!byFormat.get(f).isEmpty()) {
                out.add(Measurement.of(NAME, "read+extract " + f, "MB/s", endToEnd.get(f).mbPerS()));
                out.add(Measurement.of(NAME, "read+extract " + f, "docs/s", endToEnd.get(f).docsPerS()));
                if (f.equals("pdf")) {
                    out.add(Measurement.of(NAME, "read+extract pdf", "pages/s", endToEnd.get(f).pagesPerS()));
                }
            }
        }
        out.add(Measurement.of(NAME, "read+extract (txt, md, html)", "MB/s", endToEndText.mbPerS())
                .against(Measurement.Target.atLeast(TARGET_MB_PER_S)));
        out.add(Measurement.of(NAME, "floor (txt, md, html), thread CPU time", "MB/s", floorCpu.mbPerS()));
        out.add(Measurement.of(NAME, "extract (txt, md, html), thread CPU time", "MB/s", extractTextCpu.mbPerS())
                .against(Measurement.Target.atLeast(TARGET_MB_PER_S)));
        out.add(Measurement.of(NAME, "extract / floor (txt, md, html), thread CPU time", "ratio",
                ratios(extractTextCpu.seconds(), floorCpu.seconds())).against(Measurement.Target.atMost(TARGET_FLOOR_RATIO)));
        out.add(Measurement.of(NAME, "read+extract (txt, md, html), thread CPU time", "MB/s", endToEndTextCpu.mbPerS())
                .against(Measurement.Target.atLeast(TARGET_MB_PER_S)));
        out.add(Measurement.of(NAME, "read+extract (all formats)", "MB/s", endToEndAll.mbPerS()));
        out.add(Measurement.of(NAME, "read+extract (all formats)", "docs/s", endToEndAll.docsPerS()));
        return out;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Map<String, Rates> rates() {
        Map<String, Rates> m = new LinkedHashMap<>();
        FORMATS.forEach(f -> m.put(f, new Rates()));
        return m;
    }

    private static long sum(Map<String, long[]> nanos, Set<String> formats, int which) {
        return formats.stream().mapToLong(f -> nanos.get(f)[which]).sum();
    }

    /** Every readable file under the folder, in a stable order, with its bytes and the text read from them. */
    List<Source> load(Path reports) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reports)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Source> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            try {
                TextDocument doc = reader.read(name, bytes);
                long textBytes = 0;
                for (String line : doc.lines()) {
                    textBytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                }
                int pages = doc.pages().stream().mapToInt(Integer::intValue).max().orElse(0);
                sources.add(new Source(name, doc.format(), bytes, doc, textBytes, pages));
            } catch (UnreadableDocumentException e) {
                // a generated corpus has a few deliberately broken files; they measure nothing
            }
        }
        return sources;
    }

    /** The floor: decoding the bytes and finding the lines, which every reader has to do at least. */
    private long timeFloor(List<Source> group) {
        long start = System.nanoTime();
        long lines = 0;
        for (Source s : group) {
            String text = new String(s.bytes(), StandardCharsets.UTF_8);
            lines += text.lines().count();
        }
        long nanos = System.nanoTime() - start;
        sink += lines;
        return nanos;
    }

    private long timeRead(List<Source> group) throws UnreadableDocumentException {
        long start = System.nanoTime();
        long lines = 0;
        for (Source s : group) {
            lines += reader.read(s.fileName(), s.bytes()).lines().size();
        }
        long nanos = System.nanoTime() - start;
        sink += lines;
        return nanos;
    }

    private long timeExtract(List<Source> group) {
        long start = System.nanoTime();
        long facts = 0;
        for (Source s : group) {
            facts += extractor.extract(s.document()).facts().size();
        }
        long nanos = System.nanoTime() - start;
        sink += facts;
        return nanos;
    }

    private long timeEndToEnd(List<Source> group) throws UnreadableDocumentException {
        long start = System.nanoTime();
        long facts = 0;
        for (Source s : group) {
            ExtractionResult result = extractor.extract(reader.read(s.fileName(), s.bytes()));
            facts += result.facts().size();
        }
        long nanos = System.nanoTime() - start;
        sink += facts;
        return nanos;
    }

    private static long fileBytes(List<Source> group) {
        return group.stream().mapToLong(s -> s.bytes().length).sum();
    }

    private static long textBytes(List<Source> group) {
        return group.stream().mapToLong(Source::textBytes).sum();
    }

    private static List<Double> ratios(List<Double> numerators, List<Double> denominators) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < numerators.size(); i++) {
            r.add(numerators.get(i) / denominators.get(i));
        }
        return r;
    }
}
