package se.finsambench.webapp.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Working-age population per municipality and SCB reference year. The bundled panel has the 20–74 band,
 * not 16–64, so every figure carries its band and year for the page to say next to the number. Same rules
 * as the pipeline's PopulationReference: a 16–64 column wins when a file has one; nearest year is used.
 */
public final class Population {

    /** People of working age in one municipality, from the reference year nearest the one asked for. */
    public record WorkingAge(double people, int referenceYear, String band) {
    }

    private final Map<String, TreeMap<Integer, Double>> byMunicipality;
    private final String band;

    Population(Map<String, TreeMap<Integer, Double>> byMunicipality, String band) {
        this.byMunicipality = byMunicipality;
        this.band = band;
    }

    public static Population bundled() {
        try (InputStream in = Population.class.getResourceAsStream("/reference/population_panel_2001-2021.csv")) {
            if (in == null) {
                throw new IllegalStateException("reference/population_panel_2001-2021.csv is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Population parse(Reader csv) throws IOException {
        Map<String, TreeMap<Integer, Double>> map = new HashMap<>();
        String band = "20–74";
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            String column = r.isMapped("folkmangd_16_64") ? "folkmangd_16_64" : "folkmangd_20_74";
            band = column.equals("folkmangd_16_64") ? "16–64" : "20–74";
            int year = Integer.parseInt(r.get("referensdatum").substring(0, 4));
            map.computeIfAbsent(r.get("kommun").toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                    .put(year, Double.parseDouble(r.get(column)));
        }
        return new Population(map, band);
    }

    public String band() {
        return band;
    }

    public Optional<WorkingAge> workingAge(String municipality, int year) {
        TreeMap<Integer, Double> series = municipality == null ? null
                : byMunicipality.get(municipality.trim().toLowerCase(Locale.ROOT));
        if (series == null || series.isEmpty()) {
            return Optional.empty();
        }
        Integer floor = series.floorKey(year);
        Integer ceil = series.ceilingKey(year);
        int nearest = floor == null ? ceil : ceil == null ? floor : (year - floor <= ceil - year ? floor : ceil);
        return Optional.of(new WorkingAge(series.get(nearest), nearest, band));
    }
}
