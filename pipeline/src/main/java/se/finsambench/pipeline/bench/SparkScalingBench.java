package se.finsambench.pipeline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import se.finsambench.pipeline.bench.Measurement.Target;

/**
 * Ingest time of generated corpora with one and two cores ({@code local[1]}, {@code local[2]}), each run a fresh
 * ingest in its own JVM with a 1 GB heap: wall time, speed-up, the driver's peak heap and where the time goes
 * (the stages of the run manifest) for the largest corpus.
 */
public final class SparkScalingBench implements Benchmark {

    static final String NAME = "spark";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measurement> run(BenchSettings settings) throws Exception {
        List<Integer> sizes = settings.quick() ? List.of(200) : List.of(1_000, 10_000);
        List<Measurement> out = new ArrayList<>();
        for (int size : sizes) {
            Path input = GeneratedCorpora.reports(settings, size);
            int documents = (int) GeneratedCorpora.countAndBytes(input)[0];
            Map<String, List<IngestRun>> byMaster = new LinkedHashMap<>();
            for (String master : List.of("local[1]", "local[2]")) {
                byMaster.put(master, settings.ingests(input, master, runsFor(size, settings), "lake-spark"));
            }
            boolean largest = size == sizes.get(sizes.size() - 1);
            out.addAll(figures(documents, byMaster, largest && !settings.quick()));
        }
        return out;
    }

    /** Large corpora take minutes per run: two runs of 10,000 documents, one of 50,000. */
    static int runsFor(int size, BenchSettings settings) {
        return size >= 50_000 ? 1 : size >= 10_000 ? Math.min(settings.runs(), 2) : settings.runs();
    }

    static List<Measurement> figures(int documents, Map<String, List<IngestRun>> byMaster, boolean withTargets) {
        List<Measurement> out = new ArrayList<>();
        String docs = String.format("%,d docs", documents);
        for (var e : byMaster.entrySet()) {
            String subject = docs + ", " + e.getKey();
            Measurement wall = Measurement.of(NAME, subject + ", wall (JVM start to exit)", "s",
                    samples(e.getValue(), IngestRun::wallSeconds));
            out.add(withTargets && e.getKey().equals("local[2]") ? wall.against(Target.atMost(60)) : wall);
            out.add(Measurement.of(NAME, subject + ", job (stages)", "s", samples(e.getValue(), IngestRun::jobSeconds)));
            out.add(Measurement.of(NAME, subject, "docs/s",
                    samples(e.getValue(), r -> documents / r.wallSeconds())));
            Measurement heap = Measurement.of(NAME, subject + ", driver peak heap", "MB",
                    samples(e.getValue(), r -> r.peakHeapBytes() / 1048576.0));
            out.add(withTargets ? heap.against(Target.atMost(1024)) : heap);
        }
        List<IngestRun> one = byMaster.get("local[1]");
        List<IngestRun> two = byMaster.get("local[2]");
        List<Double> speedUps = new ArrayList<>();
        for (int i = 0; i < Math.min(one.size(), two.size()); i++) {
            speedUps.add(one.get(i).wallSeconds() / two.get(i).wallSeconds());
        }
        Measurement speedUp = Measurement.of(NAME, docs + ", local[1] → local[2] wall", "speed-up ×", speedUps);
        out.add(withTargets ? speedUp.against(Target.atLeast(1.7)) : speedUp);
        for (String stage : two.get(0).stageMillis().keySet()) {
            out.add(Measurement.of(NAME, docs + ", local[2], stage " + stage, "s",
                    samples(two, r -> r.stageMillis().getOrDefault(stage, 0L) / 1000.0)));
            out.add(Measurement.of(NAME, docs + ", local[2], stage " + stage, "CPU s",
                    samples(two, r -> r.stageCpuMillis().getOrDefault(stage, 0L) / 1000.0)));
        }
        return out;
    }

    static List<Double> samples(List<IngestRun> runs, ToDoubleFunction<IngestRun> metric) {
        return runs.stream().map(r -> metric.applyAsDouble(r)).toList();
    }
}
