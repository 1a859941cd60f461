package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReaderTest {
    private static final String SWEDISH = "Årets resultat för Försäkringskassan\t−620 592";

    private final DocumentReader reader = new DocumentReader();

    private List<String> read(byte[] bytes) throws Exception {
        return reader.read("rapport.txt", bytes).lines();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8WithoutBomIsRead() throws Exception {
        assertEquals(List.of(SWEDISH), read(SWEDISH.getBytes(UTF_8)));
    }

    @Test
    void utf8BomIsDetectedAndDropped() throws Exception {
        assertEquals(List.of("Årsredovisning"), read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Årsredovisning".getBytes(UTF_8))));
    }

    @Test
    void utf16LittleAndBigEndianWithBomAreRead() throws Exception {
        assertEquals(List.of(SWEDISH), read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SWEDISH.getBytes(UTF_16LE))));
        assertEquals(List.of(SWEDISH), read(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SWEDISH.getBytes(UTF_16BE))));
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes() throws Exception {
        assertEquals(List.of("Årsredovisning 2023"), read("Årsredovisning 2023".getBytes(UTF_16LE)));
        assertEquals(List.of("Årsredovisning 2023"), read("Årsredovisning 2023".getBytes(UTF_16BE)));
    }

    @Test
    void latin1TextFallsBackWhenBytesAreNotUtf8() throws Exception {
        assertEquals(List.of("Söderåsens samordningsförbund"), read("Söderåsens samordningsförbund".getBytes(ISO_8859_1)));
    }

    @Test
    void windows1252DashesAndQuotesAreDecoded() throws Exception {
        byte[] bytes = "Verksamhetens kostnader – ”drygt” 4 € ".getBytes(Charset.forName("windows-1252"));
        assertEquals(List.of("Verksamhetens kostnader – ”drygt” 4 €"), read(bytes));
    }

    @Test
    void crlfCrAndLfAllEndLines() throws Exception {
        assertEquals(List.of("a", "b", "c", "", "d"), read("a\r\nb\rc\n\r\nd\r\n".getBytes(UTF_8)));
    }

    @Test
    void blankLinesAreKeptSoLineNumbersMatchTheFile() throws Exception {
        assertEquals(List.of("", "Rubrik", "", "Text"), read("\nRubrik\n\nText\n".getBytes(UTF_8)));
    }
}
