package se.finsambench.pipeline.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the bytes of a plain-text file into text, guessing the encoding the way Swedish offices write files:
 * a byte-order mark, UTF-16 without one, UTF-8, and for a file that is consistently 8-bit (no line is UTF-8 with
 * letters beyond ASCII) Windows-1252. A UTF-8 file with a stray byte (one pasted Windows dash) is decoded line by
 * line: its UTF-8 lines stay as they are and the stray byte becomes U+FFFD, with a problem naming the line, so
 * one byte never turns a whole report into mojibake.
 */
final class TextDecoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Lines named in the problem; the rest are counted. */
    private static final int LINES_NAMED = 5;

    private TextDecoding() {
    }

    /** Decoded text split on CRLF, CR or LF; a final line end does not add an empty line. */
    static List<String> lines(byte[] bytes, List<String> problems) {
        return decode(bytes, problems).lines().toList();
    }

    /** @param problems where a problem with the decoding is added (lines with bytes that are not UTF-8) */
    static String decode(byte[] bytes, List<String> problems) {
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
        return byLine(bytes, problems);
    }

    /**
     * Bytes that are not all UTF-8: Windows-1252 for the whole file when none of its lines is UTF-8 beyond ASCII
     * (an older Windows export; Latin-1 where Windows-1252 leaves a byte undefined), else UTF-8 line by line.
     */
    private static String byLine(byte[] bytes, List<String> problems) {
        List<int[]> lines = lineSpans(bytes);
        boolean utf8Letters = false;
        for (int[] line : lines) {
            Cancellation.check();
            utf8Letters |= !isAscii(bytes, line[0], line[1]) && strictDecode(bytes, line[0], line[1]) != null;
        }
        if (!utf8Letters) {
            String cp1252 = strictDecode(bytes, WINDOWS_1252);
            return cp1252 != null ? cp1252 : new String(bytes, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder(bytes.length);
        List<Integer> broken = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            String decoded = strictDecode(bytes, line[0], line[1]);
            if (decoded == null) {
                decoded = new String(bytes, line[0], line[1] - line[0], StandardCharsets.UTF_8);
                broken.add(i + 1);
            }
            text.append(decoded).append('\n');
        }
        problems.add(brokenLines(broken));
        return text.toString();
    }

    static String brokenLines(List<Integer> lines) {
        List<Integer> named = lines.subList(0, Math.min(LINES_NAMED, lines.size()));
        String list = named.stream().map(String::valueOf).collect(Collectors.joining(", "));
        int more = lines.size() - named.size();
        return (lines.size() == 1 ? "line " : "lines ") + list + (more > 0 ? " and " + more + " more" : "")
                + (lines.size() == 1 ? " has" : " have") + " bytes that are not UTF-8, shown as \uFFFD (the rest of the"
                + " file is UTF-8)";
    }

    /** [start, end) of each line, without its line end (LF, CR or CRLF), as String.lines() splits them. */
    private static List<int[]> lineSpans(byte[] bytes) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                spans.add(new int[] {start, i});
                if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            spans.add(new int[] {start, bytes.length});
        }
        return spans;
    }

    private static boolean isAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strictDecode(byte[] bytes, int from, int to) {
        return strictDecode(ByteBuffer.wrap(bytes, from, to - from), StandardCharsets.UTF_8);
    }

    /** The text if the bytes are valid in the charset, else null. */
    static String strictDecode(byte[] bytes, Charset charset) {
        return strictDecode(ByteBuffer.wrap(bytes), charset);
    }

    private static String strictDecode(ByteBuffer bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
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
