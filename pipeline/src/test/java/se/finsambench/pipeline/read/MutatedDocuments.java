package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Test support for fuzzing the readers: real documents in every format — the five seed reports as txt, md, html,
 * PDF and DOCX, and every document the tests keep under {@code src/test/resources} (real web pages, office-exported
 * PDFs where there are any) — mutated the ways files get damaged: flipped bits, overwritten, inserted, deleted or
 * repeated runs of bytes, truncation, a stray byte; and inside the container, so the parsers see the damage and not
 * only a broken ZIP or Flate stream: mutated markup inside a DOCX's XML and an HTML page, mutated operators inside a
 * PDF's page content. Deterministic for a given {@link Random}.
 */
public final class MutatedDocuments {

    /** One mutated file: a name whose extension selects the reader, its bytes, and how it was made. */
    public record Case(String name, byte[] bytes, String made) {
    }

    private record Original(String name, byte[] bytes) {
    }

    private static final List<String> MARKUP = List.of("<w:tbl>", "</w:tc>", "<w:p>", "</w:r>", "<table>", "<tr>",
            "</td>", "<pre>", "<br>", "&nbsp;", "&#0;", "<![CDATA[", "]]>", "<!--", "-->", "<?xml", "\"", "'", "<", ">");
    private static final List<String> PDF_OPERATORS = List.of("BT", "ET", "Tj", "TJ", "Td", "Tm", "Tf", "q", "Q",
            "cm", "Do", "(", ")", "[", "]", "<", ">", "/F1", "1e308", "-0", "99999999999", "%");

    private final List<Original> originals;

    private MutatedDocuments(List<Original> originals) {
        this.originals = originals;
    }

    public static MutatedDocuments fromSeedsAndResources() {
        List<Original> originals = new ArrayList<>();
        Path seeds = Path.of(System.getProperty("finsam.shared", "../../shared"), "corpus/seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                String text = Files.readString(seed);
                List<String> lines = text.lines().toList();
                String base = seed.getFileName().toString().replace(".txt", "");
                originals.add(new Original(base + ".txt", text.getBytes(UTF_8)));
                originals.add(new Original(base + ".md", text.getBytes(UTF_8)));
                originals.add(new Original(base + ".html", html(lines).getBytes(UTF_8)));
                originals.add(new Original(base + ".pdf", RenderedDocuments.toPdf(lines)));
                originals.add(new Original(base + ".docx", RenderedDocuments.toDocx(lines)));
            }
            try (Stream<Path> kept = Files.walk(Path.of("src/test/resources"))) {
                for (Path file : kept.filter(Files::isRegularFile).sorted().toList()) {
                    if (format(file.getFileName().toString()) != null) {
                        originals.add(new Original(file.getFileName().toString(), Files.readAllBytes(file)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MutatedDocuments(originals);
    }

    /** How many documents are mutated: every format of every seed, and the kept documents. */
    public int originals() {
        return originals.size();
    }

    /** Formats among the originals, e.g. "pdf" → 7. */
    public long count(String format) {
        return originals.stream().filter(o -> format.equals(format(o.name()))).count();
    }

    /** The i-th case: document i mod originals, mutated in a way chosen by {@code random}. */
    public Case mutate(int i, Random random) {
        Original original = originals.get(i % originals.size());
        String format = format(original.name());
        int way = random.nextInt(format.equals("txt") || format.equals("md") ? 8 : 10);
        byte[] bytes = switch (way) {
            case 0 -> flipBits(original.bytes(), random);
            case 1 -> overwrite(original.bytes(), random);
            case 2 -> insert(original.bytes(), random, randomBytes(random, 1 + random.nextInt(64)));
            case 3 -> delete(original.bytes(), random);
            case 4 -> repeat(original.bytes(), random);
            case 5 -> Arrays.copyOf(original.bytes(), random.nextInt(original.bytes().length + 1));
            case 6 -> insert(original.bytes(), random, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
            case 7 -> insert(original.bytes(), random, MARKUP.get(random.nextInt(MARKUP.size())).getBytes(UTF_8));
            default -> inside(format, original.bytes(), random);
        };
        return new Case(i + "-" + original.name(), bytes, original.name() + " mutated by way " + way);
    }

    private static byte[] inside(String format, byte[] bytes, Random random) {
        return switch (format) {
            case "docx" -> insideZipEntry(bytes, "word/document.xml", random);
            case "pdf" -> insidePageContent(bytes, random);
            default -> markupMutations(bytes, random, MARKUP);
        };
    }

    /** Several markup fragments inserted, runs deleted or repeated: unbalanced, truncated, doubled elements. */
    private static byte[] markupMutations(byte[] bytes, Random random, List<String> fragments) {
        byte[] out = bytes;
        for (int n = 1 + random.nextInt(12); n > 0; n--) {
            out = switch (random.nextInt(3)) {
                case 0 -> insert(out, random, (" " + fragments.get(random.nextInt(fragments.size())) + " ").getBytes(UTF_8));
                case 1 -> delete(out, random);
                default -> repeat(out, random);
            };
        }
        return out;
    }

    private static byte[] insideZipEntry(byte[] zip, String entryName, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(entry.getName().equals(entryName) ? markupMutations(content, random, MARKUP) : content);
                copy.closeEntry();
            }
        } catch (IOException e) {
            return flipBits(zip, random); // already not a ZIP this can read: damage it some more
        }
        return out.toByteArray();
    }

    private static byte[] insidePageContent(byte[] pdf, Random random) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                if (random.nextInt(3) > 0) {
                    continue;
                }
                byte[] content;
                try (InputStream in = page.getContents()) {
                    content = in.readAllBytes();
                }
                COSStream stream = document.getDocument().createCOSStream();
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(markupMutations(content, random, PDF_OPERATORS));
                }
                page.getCOSObject().setItem(COSName.CONTENTS, stream);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return flipBits(pdf, random);
        }
    }

    private static byte[] flipBits(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        for (int n = 1 + random.nextInt(50); n > 0 && out.length > 0; n--) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private static byte[] overwrite(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        if (out.length == 0) {
            return out;
        }
        int at = random.nextInt(out.length);
        byte[] noise = randomBytes(random, Math.min(out.length - at, 1 + random.nextInt(512)));
        System.arraycopy(noise, 0, out, at, noise.length);
        return out;
    }

    private static byte[] insert(byte[] bytes, Random random, byte[] inserted) {
        int at = random.nextInt(bytes.length + 1);
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    private static byte[] delete(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - at, 1 + random.nextInt(256));
        byte[] out = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
        return out;
    }

    private static byte[] repeat(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        byte[] chunk = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(2048)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        for (int n = 1 + random.nextInt(20); n > 0; n--) {
            out.writeBytes(chunk);
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private static String html(List<String> lines) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Rapport</title>"
                + "</head><body>\n");
        boolean inTable = false;
        for (String line : lines) {
            String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            boolean row = line.contains("\t");
            if (row != inTable) {
                out.append(row ? "<table>\n" : "</table>\n");
                inTable = row;
            }
            out.append(row ? "<tr><td>" + escaped.replace("\t", "</td><td>") + "</td></tr>\n" : "<p>" + escaped + "</p>\n");
        }
        return out.append(inTable ? "</table>" : "").append("</body></html>\n").toString();
    }

    /** The reader format of a file name, or null when no reader takes it. */
    private static String format(String name) {
        try {
            return DocumentReader.formatOf(name);
        } catch (UnreadableDocumentException e) {
            return null;
        }
    }
}
