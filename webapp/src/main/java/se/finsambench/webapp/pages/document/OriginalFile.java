package se.finsambench.webapp.pages.document;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file on this machine that a document's {@code source_path} names. The pipeline shows each name of a path
 * as its bytes in UTF-8, or, for a name that is not UTF-8 (copied from an old Windows share or ZIP), in
 * Windows-1252; so a shown name is looked for with its UTF-8 bytes first and then with its Windows-1252 bytes,
 * one folder level at a time. A path made from bytes goes through a {@code file:} URI whose escapes are those
 * bytes, since {@link Path#of(String)} would encode the text in UTF-8 again.
 */
final class OriginalFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private OriginalFile() {
    }

    /** The readable regular file {@code shown} names, if there is one. */
    static Optional<Path> find(String shown) {
        if (shown == null || !shown.startsWith("/")) {
            return Optional.empty();
        }
        Path plain = Path.of(shown);
        if (Files.isRegularFile(plain) && Files.isReadable(plain)) {
            return Optional.of(plain);
        }
        StringBuilder uri = new StringBuilder("file://");
        Path found = null;
        for (String name : shown.substring(1).split("/", -1)) {
            found = null;
            for (Charset charset : new Charset[] {StandardCharsets.UTF_8, WINDOWS_1252}) {
                Optional<String> escaped = escaped(name, charset);
                if (escaped.isPresent()) {
                    Path candidate = Path.of(URI.create(uri + "/" + escaped.get()));
                    if (Files.exists(candidate)) {
                        uri.append('/').append(escaped.get());
                        found = candidate;
                        break;
                    }
                }
            }
            if (found == null) {
                return Optional.empty();
            }
        }
        return found != null && Files.isRegularFile(found) && Files.isReadable(found) ? Optional.of(found) : Optional.empty();
    }

    /** Every byte of {@code name} in {@code charset} as a URI escape; empty when the charset cannot write it. */
    static Optional<String> escaped(String name, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        if (name.isEmpty() || !encoder.canEncode(name)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(charset)) {
            out.append('%').append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return Optional.of(out.toString());
    }
}
