package se.finsambench.webapp.lake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The made-up associations of {@link LakeFixture}: two counties, one with a hostile name. */
final class FixtureData {

    private FixtureData() {
    }

    record Assoc(String id, String name, String orgNumber, String county, List<String> members,
                 List<String> interventions) {
    }

    static final String XSS = "<script>alert(1)</script>";

    /** What the NNS indicators ask, as a report's NNS table words them, and what "klart positiva" means there. */
    static final List<String> NNS_WORDING = List.of("Deltagarna upplever att stödet utgår från deras egna behov",
            "Deltagarna har inflytande över sin rehabilitering", "Rehabiliteringen får ta den tid den behöver");
    static final String NNS_DEFINITION = "Klart positiva svar är andelen som svarat 8–10 på en tiogradig skala";

    static final List<Assoc> ASSOCIATIONS = List.of(
            new Assoc("soderasen", "Söderåsens samordningsförbund", "222000-1362", "Skåne län",
                    List.of("Bjuv", "Klippan", "Perstorp", "Svalöv", "Åstorp", "Örkelljunga"),
                    List.of("Koll på förmåga", "Steget vidare")),
            new Assoc("trelleborg", "Samordningsförbundet Trelleborg", "222000-1420", "Skåne län",
                    List.of("Trelleborg"), List.of("Unga till arbete")),
            new Assoc("ystad-osterlen", "Samordningsförbundet Ystad-Österlen", "222000-1503", "Skåne län",
                    List.of("Simrishamn", "Sjöbo", "Tomelilla", "Ystad"), List.of("Framsteget")),
            new Assoc("sodra-vatterbygden", "Samordningsförbundet Södra Vätterbygden", "222000-1198",
                    "Jönköpings län", List.of("Habo", "Jönköping", "Mullsjö"),
                    List.of("Funktionsnedsatta i arbete (FIA)", "Motivationsteam")),
            new Assoc("hoglandet", "Samordningsförbundet Höglandet", "222000-1610", "Jönköpings län",
                    List.of("Aneby", "Eksjö", "Nässjö", "Sävsjö", "Tranås", "Vetlanda"), List.of("Hälsolotsen")),
            new Assoc("script-alert-1-script", XSS + " samordningsförbund", "222000-9999", "Jönköpings län",
                    List.of("Gislaved", "Gnosjö"), List.of(XSS + " insats")));

    static String docId(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Swedish thousands grouping with a space, as reports print it ("3 676 590", "-620 592"). */
    static String swedish(double v) {
        long r = Math.round(v);
        String digits = Long.toString(Math.abs(r));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(' ');
            }
            sb.append(digits.charAt(i));
        }
        return (r < 0 ? "-" : "") + sb;
    }
}
