package se.finsambench.pipeline.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns the bytes of a plain-text file into lines, guessing the encoding the way Swedish offices write files. */
final class TextDecoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** Decoded text split on CRLF, CR or LF; a final line end does not add an empty line. */
    static List<String> lines(byte[] bytes) {
        return decode(bytes).lines().toList();
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = guessUtf16WithoutBom(bytes);
        if (utf16 != null) {
            return new String(bytes, utf16);
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        // Not UTF-8: older Windows exports. windows-1252 leaves five bytes undefined; Latin-1 maps everything.
        String cp1252 = strictDecode(bytes, WINDOWS_1252);
        return cp1252 != null ? cp1252 : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The text if the bytes are valid in the charset, else null. */
    static String strictDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Latin-script UTF-16 without a BOM has a zero byte in nearly every other position;
     * real 8-bit text has none. Looks at the first 4 KiB only.
     */
    static Charset guessUtf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd > pairs * 0.6 && zeroEven == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.6 && zeroOdd == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Whether the bytes begin with a signature (byte-order mark, ZIP or OLE header). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
