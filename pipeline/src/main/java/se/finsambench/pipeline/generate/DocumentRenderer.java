package se.finsambench.pipeline.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Renders text lines (TAB-separated cells, like the .txt seeds) into real PDF and DOCX files, so
 * the generated corpus and the reader tests meet the formats reports actually arrive in.
 *
 * <p>PDF layout: the first cell of a row is left-aligned at x=40, every following cell is right-aligned
 * in a fixed 90pt column, like a printed financial statement. Cells too wide for their column are
 * truncated. An empty cell draws nothing, so it cannot be read back from the PDF (later cells keep their
 * columns, but the reader only sees the gaps). Lines without TABs are prose and are wrapped to the page
 * width, so a long prose line comes back as several lines. Blank lines are kept as vertical space only.
 */
public final class DocumentRenderer {
    public static final float FONT_SIZE = 8;
    public static final float LEADING = 14;
    public static final int LINES_PER_PAGE = 50;
    public static final float MARGIN = 40;
    public static final float LABEL_WIDTH = 200;
    public static final float COLUMN_WIDTH = 90;
    /** Well above the reader's cell gap threshold (about 1.5 characters). */
    public static final float MIN_CELL_GAP = 14;
    private static final Path SYSTEM_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String BUNDLED_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private DocumentRenderer() {
    }

    public static byte[] toPdf(List<String> lines) {
        try (PDDocument document = new PDDocument()) {
            // The trailer ID is otherwise made from the clock; a fixed one keeps the same text the same bytes.
            document.setDocumentId((long) lines.hashCode());
            PdfWriter writer = new PdfWriter(document, loadFont(document), pageWidth(lines));
            for (String line : lines) {
                writer.write(line);
            }
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Consecutive lines containing TABs become one table, one row per line; other lines become paragraphs. */
    public static byte[] toDocx(List<String> lines) {
        try (XWPFDocument document = new XWPFDocument()) {
            // POI stamps the creation time; a fixed one keeps the same text the same bytes.
            var core = document.getProperties().getCoreProperties();
            core.setCreated(java.util.Optional.of(new java.util.Date(1_704_067_200_000L)));
            core.setModified(java.util.Optional.of(new java.util.Date(1_704_067_200_000L)));
            XWPFTable table = null;
            for (String line : lines) {
                if (line.indexOf('\t') < 0) {
                    table = null;
                    document.createParagraph().createRun().setText(line);
                    continue;
                }
                String[] cells = line.split("\t", -1);
                XWPFTableRow row;
                if (table == null) {
                    table = document.createTable();
                    row = table.getRow(0);
                } else {
                    row = table.createRow();
                }
                fillRow(row, cells);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return withFixedTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zip entries carry the clock's time; a fixed one keeps the same text the same bytes. */
    private static byte[] withFixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTimeLocal(java.time.LocalDateTime.of(2024, 1, 1, 0, 0));
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Gives the row exactly one cell per TAB-separated value, so trailing empty cells survive too. */
    private static void fillRow(XWPFTableRow row, String[] cells) {
        while (row.getTableCells().size() > cells.length) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        while (row.getTableCells().size() < cells.length) {
            row.addNewTableCell();
        }
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                row.getCell(i).setText(cells[i]);
            }
        }
    }

    public static float pageWidth(List<String> lines) {
        int maxCells = lines.stream().mapToInt(l -> l.split("\t", -1).length).max().orElse(1);
        return Math.max(PDRectangle.A4.getWidth(), 2 * MARGIN + LABEL_WIDTH + (maxCells - 1) * COLUMN_WIDTH);
    }

    /** DejaVu from the system if present, else the Liberation Sans that PDFBox bundles, else Helvetica. */
    public static PDFont loadFont(PDDocument document) throws IOException {
        if (Files.isReadable(SYSTEM_FONT)) {
            return PDType0Font.load(document, SYSTEM_FONT.toFile());
        }
        try (InputStream bundled = PDDocument.class.getResourceAsStream(BUNDLED_FONT)) {
            if (bundled != null) {
                return PDType0Font.load(document, bundled);
            }
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Writes lines top-down, starting a new page every {@link #LINES_PER_PAGE} lines. */
    private static final class PdfWriter {
        private final PDDocument document;
        private final PDFont font;
        private final float pageWidth;
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private PDPageContentStream content;
        private int lineOnPage = LINES_PER_PAGE;

        PdfWriter(PDDocument document, PDFont font, float pageWidth) {
            this.document = document;
            this.font = font;
            this.pageWidth = pageWidth;
        }

        void write(String line) throws IOException {
            if (line.indexOf('\t') < 0) {
                for (String part : wrap(printable(line), pageWidth - 2 * MARGIN)) {
                    nextLine();
                    show(part, MARGIN);
                }
                return;
            }
            nextLine();
            String[] cells = line.split("\t", -1);
            show(fit(printable(cells[0]), LABEL_WIDTH - MIN_CELL_GAP), MARGIN);
            for (int i = 1; i < cells.length; i++) {
                String cell = fit(printable(cells[i].strip()), COLUMN_WIDTH - MIN_CELL_GAP);
                float right = MARGIN + LABEL_WIDTH + i * COLUMN_WIDTH;
                show(cell, right - width(cell));
            }
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }

        private void nextLine() throws IOException {
            if (lineOnPage == LINES_PER_PAGE) {
                close();
                PDPage page = new PDPage(new PDRectangle(pageWidth, PDRectangle.A4.getHeight()));
                document.addPage(page);
                content = new PDPageContentStream(document, page);
                lineOnPage = 0;
            }
            lineOnPage++;
        }

        private float y() {
            return PDRectangle.A4.getHeight() - MARGIN - lineOnPage * LEADING;
        }

        private void show(String text, float x) throws IOException {
            if (text.isBlank()) {
                return;
            }
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.newLineAtOffset(x, y());
            content.showText(text);
            content.endText();
        }

        private float width(String text) throws IOException {
            return font.getStringWidth(text) / 1000 * FONT_SIZE;
        }

        /** Truncates so the text fits the width. */
        private String fit(String text, float maxWidth) throws IOException {
            String s = text;
            while (!s.isEmpty() && width(s) > maxWidth) {
                s = s.substring(0, s.length() - 1);
            }
            return s.strip();
        }

        private List<String> wrap(String text, float maxWidth) throws IOException {
            List<String> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && width(candidate) > maxWidth) {
                    parts.add(current.toString());
                    current.setLength(0);
                    current.append(fit(word, maxWidth));
                } else {
                    current.setLength(0);
                    current.append(fit(candidate, maxWidth));
                }
            }
            parts.add(current.toString());
            return parts;
        }

        /** Replaces characters the font has no glyph for (and control characters) by '?'. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> out.appendCodePoint(canPrint(cp) ? cp : '?'));
            return out.toString();
        }

        private boolean canPrint(int codePoint) {
            return printable.computeIfAbsent(codePoint, cp -> {
                if (Character.isISOControl(cp)) {
                    return false;
                }
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
        }
    }
}
