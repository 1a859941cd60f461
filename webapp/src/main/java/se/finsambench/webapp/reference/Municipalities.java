package se.finsambench.webapp.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The municipalities and their counties (data/reference/municipalities.csv, SCB codes). The same file the
 * pipeline reads; loaded here on its own because the web app must not depend on the pipeline module.
 */
public final class Municipalities {

    public record Municipality(String code, String name, String countyCode, String county) {
    }

    public record County(String code, String name) {
    }

    private final Map<String, Municipality> byLowerName = new LinkedHashMap<>();
    private final Map<String, County> counties = new TreeMap<>();

    Municipalities(List<Municipality> all) {
        for (Municipality m : all) {
            byLowerName.put(m.name().toLowerCase(Locale.ROOT), m);
            counties.putIfAbsent(m.countyCode(), new County(m.countyCode(), m.county()));
        }
    }

    public static Municipalities bundled() {
        try (InputStream in = Municipalities.class.getResourceAsStream("/reference/municipalities.csv")) {
            if (in == null) {
                throw new IllegalStateException("reference/municipalities.csv is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Municipalities parse(Reader csv) throws IOException {
        List<Municipality> list = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            list.add(new Municipality(r.get("municipality_code"), r.get("municipality_name_short"),
                    r.get("county_code"), r.get("county_name")));
        }
        return new Municipalities(list);
    }

    /** By SCB short name, as the lake's members are written ("Åstorp"); case-insensitive. */
    public Optional<Municipality> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byLowerName.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** All counties by code ("12" → Skåne län), in code order. */
    public List<County> counties() {
        return List.copyOf(counties.values());
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(counties.get(code));
    }
}
