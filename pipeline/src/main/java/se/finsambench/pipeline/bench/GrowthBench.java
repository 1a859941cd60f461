package se.finsambench.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How ingest time and lake size grow with the archive: 1k, 10k and 50k generated documents on two cores,
 * written as a table (CSV) and, where gnuplot is installed, a chart (PNG) for docs/performance.md.
 */
public final class GrowthBench implements Benchmark {

    static final String NAME = "growth";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measurement> run(BenchSettings settings) throws Exception {
        List<Integer> sizes = settings.quick() ? List.of(100, 300) : List.of(1_000, 10_000, 50_000);
        List<Measurement> out = new ArrayList<>();
        List<String> table = new ArrayList<>(List.of("documents,input_mb,ingest_s,job_s,lake_mb,docs_per_s"));
        for (int size : sizes) {
            Path input = GeneratedCorpora.reports(settings, size);
            long[] countAndBytes = GeneratedCorpora.countAndBytes(input);
            int documents = (int) countAndBytes[0];
            // The largest corpora take many minutes a run: fewer runs, said in the table's runs column.
            List<IngestRun> runs = settings.ingests(input, "local[2]", SparkScalingBench.runsFor(size, settings),
                    "lake-growth");
            String subject = String.format("%,d docs (%.0f MB in), local[2]", documents, countAndBytes[1] / 1e6);
            Measurement wall = Measurement.of(NAME, subject + ", ingest", "s",
                    SparkScalingBench.samples(runs, IngestRun::wallSeconds));
            Measurement lake = Measurement.of(NAME, subject + ", lake", "MB",
                    SparkScalingBench.samples(runs, r -> r.lakeBytes() / 1e6));
            out.add(wall);
            out.add(Measurement.of(NAME, subject, "docs/s", SparkScalingBench.samples(runs, r -> documents / r.wallSeconds())));
            out.add(lake);
            table.add(String.format(Locale.ROOT, "%d,%.1f,%.1f,%.1f,%.1f,%.1f", documents, countAndBytes[1] / 1e6,
                    wall.median(), Measurement.of(NAME, "", "", SparkScalingBench.samples(runs, IngestRun::jobSeconds)).median(),
                    lake.median(), documents / wall.median()));
        }
        Path csv = settings.home().resolve("target/bench/growth.csv");
        Files.createDirectories(csv.getParent());
        Files.write(csv, table);
        settings.progress().println("bench: growth table " + csv + chart(csv, settings));
        return out;
    }

    /** Renders the growth chart with gnuplot (Debian package gnuplot-nox) when it is installed. */
    static String chart(Path csv, BenchSettings settings) throws IOException, InterruptedException {
        Path png = csv.resolveSibling("growth.png");
        String script = String.join("\n",
                "set terminal pngcairo size 900,420 font 'DejaVu Sans,11'",
                "set output '" + png + "'",
                "set datafile separator ','",
                "set key top left",
                "set grid",
                "set xrange [0:*]",
                "set yrange [0:*]",
                "set multiplot layout 1,2",
                "set title 'Ingest time (2 cores)'",
                "set xlabel 'documents (thousands)'",
                "set ylabel 'seconds'",
                "plot '" + csv + "' every ::1 using ($1/1000):3 with linespoints lw 2 pt 7 title 'ingest'",
                "set title 'Lake size'",
                "set ylabel 'MB'",
                "plot '" + csv + "' every ::1 using ($1/1000):5 with linespoints lw 2 pt 7 title 'lake', '' every ::1 using ($1/1000):2 with linespoints lw 2 pt 5 title 'input files'",
                "unset multiplot", "");
        Path scriptFile = csv.resolveSibling("growth.gp");
        Files.writeString(scriptFile, script);
        try {
            Process p = new ProcessBuilder("gnuplot", scriptFile.toString()).redirectErrorStream(true)
                    .redirectOutput(settings.work().resolve("gnuplot.log").toFile()).start();
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return " and chart " + png;
            }
            return " (gnuplot failed, see " + settings.work().resolve("gnuplot.log") + ")";
        } catch (IOException e) {
            return " (no chart: install gnuplot-nox for " + png + ")";
        }
    }
}
