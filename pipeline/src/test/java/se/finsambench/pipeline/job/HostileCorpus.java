package se.finsambench.pipeline.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import se.finsambench.pipeline.read.RenderedDocuments;
import se.finsambench.pipeline.read.HostileDocuments;

/**
 * Test support: a folder of what 75 offices send — the real seed reports under {@code valid/}, and beside them
 * files that are empty, broken, hostile, re-encoded, re-sent, or changed while a run is going. Everything is made
 * here from the seeds ({@code finsam.shared}/corpus/seeds), nothing is committed as a blob. File names say
 * what each file is; {@link #duringRun(Path)} does what happens to two of them after the listing.
 *
 * <p>"Becomes unreadable during the run": tests run as root, so {@code chmod 000} does not stop a read. The file
 * is instead replaced by a folder of the same name after the listing (the way a sync client replaces a file by a
 * conflict folder), which no read of a file can open. A dangling link and a named pipe are listed as such.
 */
final class HostileCorpus {

    static final List<String> SEEDS = List.of("000_c34c0b303fa1ddf6.txt", "001_3bf3815ec065237e.txt",
            "002_601eb6cbae367880.txt", "003_15875534ea1158fc.txt", "004_5be25ce82476d800.txt");
    /** The seed re-encoded in {@code encodings/}: same text, so the same figures. */
    static final String ENCODED_SEED = SEEDS.get(0);
    static final String SCRIPT_NAME = "Samordningsförbundet <script>alert(1)</script>";
    static final String VANISHING = "vanishing.txt";
    static final int STRAY_BYTE_LINE = 40;
    static final String BECOMES_FOLDER = "becomes-a-folder.txt";

    private HostileCorpus() {
    }

    static Path seeds() {
        return SeedLakeTest.shared().resolve("corpus/seeds");
    }

    static String seed(String name) {
        try {
            return Files.readString(seeds().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid seeds alone, as the clean run's input. */
    static Path seedsOnly(Path in) throws IOException {
        Path valid = Files.createDirectories(in.resolve("valid"));
        for (String s : SEEDS) {
            Files.copy(seeds().resolve(s), valid.resolve(s));
        }
        return in;
    }

    /** Size of the too-large text file: 200 MB on CI, 70 MB elsewhere; both over the 64 MiB limit. */
    static long largeFileBytes() {
        return "true".equals(System.getenv("CI")) ? 200_000_000L : 70_000_000L;
    }

    static Path build(Path in) throws IOException {
        seedsOnly(in);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("only-whitespace.txt"), "  \n\t\r\n   \u00a0\n\n");
        byte[] noise = new byte[20_000];
        new Random(8).nextBytes(noise);
        Files.write(in.resolve("random-bytes.pdf"), noise);
        byte[] pdf = RenderedDocuments.toPdf(seed(SEEDS.get(3)).lines().toList());
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        Files.write(in.resolve("encrypted.pdf"), encrypt(pdf, "hemligt"));
        Files.write(in.resolve("zip-bomb.docx"), zipBomb(300L << 20));
        Files.writeString(in.resolve("not-a-zip.docx"), seed(SEEDS.get(3)));
        Files.writeString(in.resolve("nested-100000-deep.html"),
                "<html><body>" + "<div>".repeat(100_000) + "Årsredovisning 2023" + "</div>".repeat(100_000)
                        + "</body></html>");
        writeLarge(in.resolve("too-large.txt"), largeFileBytes());

        String text = seed(ENCODED_SEED);
        Path enc = Files.createDirectories(in.resolve("encodings"));
        Files.write(enc.resolve("latin-1.txt"), text.replace('–', '-').replace('”', '"')
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(enc.resolve("windows-1252.txt"), text.getBytes(Charset.forName("windows-1252")));
        Files.write(enc.resolve("utf-16.txt"), text.getBytes(StandardCharsets.UTF_16)); // big-endian with BOM
        Files.write(enc.resolve("utf-16le-no-bom.txt"), text.getBytes(StandardCharsets.UTF_16LE));
        Files.write(enc.resolve("utf-8-bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(enc.resolve("crlf.txt"), text.replace("\n", "\r\n"));
        Files.writeString(enc.resolve("cr.txt"), text.replace("\n", "\r"));
        // A dash pasted from an old Windows program into the UTF-8 report: one byte that is not UTF-8.
        Files.write(enc.resolve("stray-byte.txt"), HostileDocuments.withByteAtLineEnds(text.getBytes(StandardCharsets.UTF_8),
                (byte) 0x96, java.util.Set.of(STRAY_BYTE_LINE)));

        Files.writeString(in.resolve("numbers-as-letters.txt"), digitsToLetters(seed(SEEDS.get(0))));
        Files.writeString(in.resolve("script-name.txt"),
                seed(SEEDS.get(3)).replace("Samordningsförbundet Södra Vätterbygden", SCRIPT_NAME));
        Files.writeString(in.resolve("future-2031.txt"),
                seed(SEEDS.get(0)).replace("2024", "2032").replace("2023", "2031").replace("2022", "2030"));
        Files.writeString(in.resolve("negative-participants.txt"),
                seed(SEEDS.get(2)).replace("Antal deltagare\t83 deltagare", "Antal deltagare\t-83 deltagare"));

        Path resent = Files.createDirectories(in.resolve("z-resent"));
        Files.copy(seeds().resolve(SEEDS.get(4)), resent.resolve("protokoll (kopia).txt"));
        Files.writeString(in.resolve(VANISHING), seed(SEEDS.get(1)) + "\nVersion 2\n");
        Files.writeString(in.resolve(BECOMES_FOLDER), seed(SEEDS.get(1)) + "\nVersion 3\n");
        Files.createSymbolicLink(in.resolve("dangling-link.txt"), in.resolve("no-such-report.txt"));
        makeFifo(in.resolve("named-pipe.txt"));
        Files.createSymbolicLink(in.resolve("loop"), Path.of(".."));
        return in;
    }

    /** What happens to the input after the listing, before the files are read. */
    static Consumer<List<InputListing.Entry>> duringRun(Path in) {
        return listed -> {
            try {
                Files.delete(in.resolve(VANISHING));
                Files.delete(in.resolve(BECOMES_FOLDER));
                Files.createDirectory(in.resolve(BECOMES_FOLDER));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX-shaped zip whose word/document.xml inflates to {@code size} bytes from about size/1000 compressed. */
    static byte[] zipBomb(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] head = "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8);
            zip.write(head);
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'A');
            for (long n = 0; n < size; n += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static void writeLarge(Path file, long bytes) throws IOException {
        byte[] line = "Verksamhetens intäkter\t3 055 998\t3 076 034\n".getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[(1 << 20) / line.length * line.length];
        for (int i = 0; i < block.length; i += line.length) {
            System.arraycopy(line, 0, block, i, line.length);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = 0; n < bytes; n += block.length) {
                out.write(block, 0, (int) Math.min(block.length, bytes - n));
            }
        }
    }

    static String digitsToLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('a' + c - '0') : c);
        }
        return out.toString();
    }

    static void makeFifo(Path path) throws IOException {
        try {
            if (new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() != 0) {
                throw new IOException("mkfifo failed for " + path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
