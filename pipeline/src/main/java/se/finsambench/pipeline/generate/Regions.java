package se.finsambench.pipeline.generate;

import java.util.Map;

/** The region (formerly landsting) that is the member for each county, by SCB county code. */
final class Regions {

    private static final Map<String, String> BY_COUNTY = Map.ofEntries(
            Map.entry("01", "Region Stockholm"), Map.entry("03", "Region Uppsala"),
            Map.entry("04", "Region Sörmland"), Map.entry("05", "Region Östergötland"),
            Map.entry("06", "Region Jönköpings län"), Map.entry("07", "Region Kronoberg"),
            Map.entry("08", "Region Kalmar län"), Map.entry("09", "Region Gotland"),
            Map.entry("10", "Region Blekinge"), Map.entry("12", "Region Skåne"),
            Map.entry("13", "Region Halland"), Map.entry("14", "Västra Götalandsregionen"),
            Map.entry("17", "Region Värmland"), Map.entry("18", "Region Örebro län"),
            Map.entry("19", "Region Västmanland"), Map.entry("20", "Region Dalarna"),
            Map.entry("21", "Region Gävleborg"), Map.entry("22", "Region Västernorrland"),
            Map.entry("23", "Region Jämtland Härjedalen"), Map.entry("24", "Region Västerbotten"),
            Map.entry("25", "Region Norrbotten"));

    private Regions() {
    }

    static String of(String countyCode) {
        String region = BY_COUNTY.get(countyCode);
        if (region == null) {
            throw new IllegalArgumentException("unknown county code " + countyCode);
        }
        return region;
    }
}
