package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Test support: small files that cost a reader far more than their size — a DOCX whose XML expands 60-fold (below
 * the ratio a ZIP-bomb check refuses), one with tables nested 50,000 deep, a PDF whose page content inflates to
 * hundreds of megabytes — made from real documents, nothing committed as a blob.
 */
public final class HostileDocuments {

    private static final List<String> WORDS = List.of("Verksamhetens", "intäkter", "kostnader", "Försäkringskassan",
            "Arbetsförmedlingen", "insats", "deltagare", "samordningsförbund", "Region", "kommun", "resultat", "tkr");

    private HostileDocuments() {
    }

    /** A real DOCX whose word/document.xml is changed by {@code edit}. */
    public static byte[] docxWithDocumentXml(UnaryOperator<String> edit) {
        return docxWithDocumentXml(RenderedDocuments.toDocx(List.of("Samordningsförbundet Exempel",
                "Årsredovisning 2023", "Verksamhetens intäkter\t3 000")), edit);
    }

    /** A copy of {@code docx} whose word/document.xml is changed by {@code edit}. */
    public static byte[] docxWithDocumentXml(byte[] docx, UnaryOperator<String> edit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    content = edit.apply(new String(content, UTF_8)).getBytes(UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Paragraphs of varied words and figures, {@code xmlBytes} of XML, compressing about tenfold. */
    public static byte[] inflatingDocx(long xmlBytes) {
        Random random = new Random(7);
        return docxWithDocumentXml(xml -> {
            StringBuilder body = new StringBuilder();
            while (body.length() < xmlBytes) {
                body.append("<w:p><w:r><w:t>");
                for (int w = 0; w < 12; w++) {
                    body.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ').append(random.nextInt(1_000_000))
                            .append(' ');
                }
                body.append("</w:t></w:r></w:p>");
            }
            int end = xml.lastIndexOf("</w:body>");
            return xml.substring(0, end) + body + xml.substring(end);
        });
    }

    /** Tables in table cells, {@code depth} deep, around one paragraph. */
    public static byte[] nestedTablesDocx(int depth) {
        return docxWithDocumentXml(xml -> {
            String open = "<w:tbl><w:tr><w:tc>";
            String close = "<w:p/></w:tc></w:tr></w:tbl>";
            String nested = open.repeat(depth) + "<w:p><w:r><w:t>inne</w:t></w:r></w:p>" + close.repeat(depth);
            int end = xml.lastIndexOf("</w:body>");
            return xml.substring(0, end) + nested + "<w:p/>" + xml.substring(end);
        });
    }

    /** A one-page PDF whose content stream inflates to {@code bytes} (PDF comments, from about bytes/1000). */
    public static byte[] inflatingPdf(long bytes) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] line = ("% " + "padding ".repeat(12) + "\n").getBytes(UTF_8);
                for (long n = 0; n < bytes; n += line.length) {
                    out.write(line);
                }
            }
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes with {@code inserted} put at the end of each of the given 1-based lines. */
    public static byte[] withByteAtLineEnds(byte[] bytes, byte inserted, Set<Integer> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int line = 1;
        for (byte b : bytes) {
            if (b == '\n' && lines.contains(line)) {
                out.write(' ');
                out.write(inserted);
            }
            out.write(b);
            if (b == '\n') {
                line++;
            }
        }
        return out.toByteArray();
    }
}
