package se.finsambench.pipeline.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Working-age population per municipality and reference year (SCB via data/reference). The
 * bundled files have the 20–74 band, not 16–64; a newer file with the same columns can replace them.
 */
public final class PopulationReference implements java.io.Serializable {

    /** The population figure used and where it came from, for the indicator's note. */
    public record WorkingAge(double people, int referenceYear, String band) {
    }

    private final Map<String, TreeMap<Integer, Double>> byMunicipality;
    private final String band;

    PopulationReference(Map<String, TreeMap<Integer, Double>> byMunicipality, String band) {
        this.byMunicipality = byMunicipality;
        this.band = band;
    }

    public static PopulationReference bundled() {
        try (InputStream in = PopulationReference.class.getResourceAsStream("/reference/population_panel_2001-2021.csv")) {
            if (in == null) {
                throw new IllegalStateException("reference/population_panel_2001-2021.csv is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's own file with the same columns (e.g. a newer SCB extract). */
    public static PopulationReference fromFile(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(r);
        }
    }

    static PopulationReference parse(Reader csv) throws IOException {
        Map<String, TreeMap<Integer, Double>> map = new HashMap<>();
        String band = null;
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            String column = r.isMapped("folkmangd_16_64") ? "folkmangd_16_64" : "folkmangd_20_74";
            band = column.equals("folkmangd_16_64") ? "16–64" : "20–74";
            int year = Integer.parseInt(r.get("referensdatum").substring(0, 4));
            map.computeIfAbsent(r.get("kommun"), k -> new TreeMap<>()).put(year, Double.parseDouble(r.get(column)));
        }
        return new PopulationReference(map, band == null ? "20–74" : band);
    }

    /** Sum over the municipalities, each from the reference year nearest the given one; empty if any is unknown. */
    public java.util.Optional<WorkingAge> workingAge(List<String> municipalities, int year) {
        if (municipalities.isEmpty()) {
            return java.util.Optional.empty();
        }
        double total = 0;
        int used = 0;
        for (String m : municipalities) {
            TreeMap<Integer, Double> series = byMunicipality.get(m);
            if (series == null) {
                return java.util.Optional.empty();
            }
            OptionalInt nearest = nearest(series, year);
            total += series.get(nearest.getAsInt());
            used = Math.max(used, nearest.getAsInt());
        }
        return java.util.Optional.of(new WorkingAge(total, used, band));
    }

    private static OptionalInt nearest(TreeMap<Integer, Double> series, int year) {
        Integer floor = series.floorKey(year);
        Integer ceil = series.ceilingKey(year);
        if (floor == null) {
            return OptionalInt.of(ceil);
        }
        if (ceil == null) {
            return OptionalInt.of(floor);
        }
        return OptionalInt.of(year - floor <= ceil - year ? floor : ceil);
    }
}
