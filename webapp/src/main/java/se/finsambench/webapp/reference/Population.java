package se.finsambench.webapp.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Working-age population per municipality and SCB reference year, in the bands the bundled files have: the panel's
 * 20–74 (2001–2021) and SCB's 16–64 for 2019, the band the state allocates by. A figure comes from the reference
 * year nearest the one asked for (16–64 on a tie), and carries its band and year for the page to say next to it.
 */
public final class Population {

    /** People of working age in one municipality, from the reference year nearest the one asked for. */
    public record WorkingAge(double people, int referenceYear, String band) {
    }

    private record Series(String band, Map<String, TreeMap<Integer, Double>> byMunicipality) {
    }

    private final List<Series> series;

    Population(List<Series> series) {
        this.series = series;
    }

    /** 20–74 only (the indicators' band); {@link #withStateBand()} adds 16–64. */
    public static Population bundled() {
        return new Population(List.of(read("/reference/population_panel_2001-2021.csv")));
    }

    /** Both bands, for the allocation page: 16–64 where its year is at least as near as the 20–74 panel's. */
    public static Population withStateBand() {
        return new Population(List.of(read("/reference/population_16_64_2019.csv"),
                read("/reference/population_panel_2001-2021.csv")));
    }

    private static Series read(String resource) {
        try (InputStream in = Population.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Series parse(Reader csv) throws IOException {
        Map<String, TreeMap<Integer, Double>> map = new HashMap<>();
        String band = "20–74";
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            String column = r.isMapped("folkmangd_16_64") ? "folkmangd_16_64" : "folkmangd_20_74";
            band = column.equals("folkmangd_16_64") ? "16–64" : "20–74";
            int year = Integer.parseInt(r.get("referensdatum").substring(0, 4));
            map.computeIfAbsent(r.get("kommun").toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                    .put(year, Double.parseDouble(r.get(column)));
        }
        return new Series(band, map);
    }

    /** The band of the main series (20–74). */
    public String band() {
        return series.get(series.size() - 1).band();
    }

    public Optional<WorkingAge> workingAge(String municipality, int year) {
        if (municipality == null) {
            return Optional.empty();
        }
        String key = municipality.trim().toLowerCase(Locale.ROOT);
        List<WorkingAge> found = new ArrayList<>();
        for (Series s : series) {
            TreeMap<Integer, Double> years = s.byMunicipality().get(key);
            if (years == null || years.isEmpty()) {
                continue;
            }
            Integer floor = years.floorKey(year);
            Integer ceil = years.ceilingKey(year);
            int nearest = floor == null ? ceil : ceil == null ? floor : (year - floor <= ceil - year ? floor : ceil);
            found.add(new WorkingAge(years.get(nearest), nearest, s.band()));
        }
        // Series are listed 16–64 first, so a tie keeps the state's band.
        return found.stream().min(java.util.Comparator.comparingInt(w -> Math.abs(w.referenceYear() - year)));
    }
}
