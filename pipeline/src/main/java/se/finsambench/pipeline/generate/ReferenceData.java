package se.finsambench.pipeline.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.pipeline.extract.Municipalities;

/**
 * The bundled reference: municipalities with counties ({@link Municipalities#bundled()}) joined with
 * the SCB population file on the classpath, so generated members and their sizes are real.
 */
final class ReferenceData {

    private static final String POPULATION = "/reference/population_2021.csv";

    private ReferenceData() {
    }

    /** All 290 municipalities, ordered by SCB code (neighbours in a county tend to be near in code). */
    static List<ReferenceMunicipality> load() {
        Map<String, Integer> workingAge = workingAgeByCode();
        List<ReferenceMunicipality> out = new ArrayList<>();
        for (Municipalities.Municipality m : Municipalities.bundled().all()) {
            Integer pop = workingAge.get(m.code());
            if (pop == null) {
                throw new IllegalStateException("no population for municipality " + m.code() + " " + m.name());
            }
            out.add(new ReferenceMunicipality(m.code(), m.name(), m.countyCode(), m.county(), pop));
        }
        out.sort(Comparator.comparing(ReferenceMunicipality::code));
        return out;
    }

    private static Map<String, Integer> workingAgeByCode() {
        try (InputStream in = ReferenceData.class.getResourceAsStream(POPULATION)) {
            if (in == null) {
                throw new IllegalStateException(POPULATION + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = r.readLine().split(",");
            int code = indexOf(header, "kommunkod");
            int pop = indexOf(header, "folkmangd_20_74");
            Map<String, Integer> out = new HashMap<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                out.put(f[code], Integer.parseInt(f[pop]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException("column " + column + " missing from " + POPULATION);
    }
}
