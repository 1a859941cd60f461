package se.finsambench.pipeline.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text lines (TAB-separated cells) as a PDF laid out the way Word or LibreOffice exports a report: paragraphs
 * wrapped in proportional type with spacing between them, short lines set apart as headings, tables
 * auto-fitted with wrapping cells ({@link OfficeTable}) and the house style's borders, a table's header row
 * repeated on the next page, a running header and a "Sida 3 av 14" footer ({@link OfficeStyle}). What
 * the generated corpus's PDFs look like; {@link DocumentRenderer} keeps its fixed-column PDFs for tests.
 */
public final class OfficePdf {
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(" *<[^<>\t]+> *");
    private static final float PAGE_TOP = 60;
    private static final float PAGE_BOTTOM = PDRectangle.A4.getHeight() - 60;

    private record Text(float x, float baseline, String text, PDFont font, float size) {
    }

    private record Rule(float x0, float y0, float x1, float y1) {
    }

    private final OfficeStyle style;
    private final float textWidth;
    private final List<List<Object>> pages = new ArrayList<>();
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();
    private float y = PDRectangle.A4.getHeight();

    private OfficePdf(OfficeStyle style) {
        this.style = style;
        this.textWidth = PDRectangle.A4.getWidth() - style.left() - style.right();
    }

    /** The document in the house style its name picks. */
    public static byte[] render(String name, List<String> lines) {
        return render(OfficeStyle.of(name), lines);
    }

    static byte[] render(OfficeStyle style, List<String> lines) {
        try {
            OfficePdf pdf = new OfficePdf(style);
            pdf.layOut(lines);
            return pdf.write(title(lines), lines.hashCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void layOut(List<String> original) throws IOException {
        PDFont font = style.font(false);
        // Markup some generated cells carry (<p>…</p>) is what a Word user would not have typed.
        List<String> lines = original.stream().map(l -> printable(MARKUP.matcher(l).replaceAll(" "), font)).toList();
        boolean lastWasTable = false;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).indexOf('\t') >= 0) {
                List<String[]> cells = new ArrayList<>();
                while (i < lines.size() && lines.get(i).indexOf('\t') >= 0) {
                    cells.add(lines.get(i).split("\t", -1));
                    i++;
                }
                if (lastWasTable) {
                    y += style.leading() * 1.5f; // Word keeps two tables apart with an empty paragraph
                }
                table(new OfficeTable(cells, textWidth, style));
                lastWasTable = true;
                continue;
            }
            String text = lines.get(i).strip();
            if (!text.isEmpty()) {
                boolean heading = isHeading(lines, i);
                paragraph(text, heading);
                lastWasTable = false;
            }
            i++;
        }
    }

    private static boolean isHeading(List<String> lines, int i) {
        String t = lines.get(i).strip();
        boolean apart = (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
        return apart && t.length() <= 70 && !t.endsWith(".") && !t.endsWith(":") && !t.matches(".*\\d \\d{3}.*");
    }

    private void paragraph(String text, boolean heading) throws IOException {
        PDFont font = style.font(heading);
        float size = heading ? style.size() + 2 : style.size();
        float leading = size * 1.2f;
        if (heading) {
            y += style.size() * 0.6f;
        }
        for (String line : OfficeTable.wrap(printable(text, font), textWidth, font, size)) {
            ensure(leading);
            y += leading;
            add(new Text(style.left(), y - leading * 0.25f, line, font, size));
        }
        y += style.size() * 0.5f;
    }

    private void table(OfficeTable table) throws IOException {
        float pad = style.borders().equals("none") ? 0 : 2.5f;
        float x0 = style.left();
        float x1 = x0 + sum(table.widths, table.widths.length);
        for (int r = 0; r < table.rows.size(); r++) {
            float height = table.height(r) * style.leading() + 2 * pad;
            if (y + height > PAGE_BOTTOM && r > 0) {
                newPage();
                if (style.repeatHeader() && r > 1) {
                    row(table, 0, pad, table.height(0) * style.leading() + 2 * pad, x0, x1);
                }
            } else {
                ensure(height);
            }
            row(table, r, pad, height, x0, x1);
        }
        y += style.size() * 0.6f;
    }

    private void row(OfficeTable table, int r, float pad, float height, float x0, float x1) throws IOException {
        float top = y;
        for (int c = 0; c < table.widths.length; c++) {
            OfficeTable.Cell cell = table.rows.get(r).get(c);
            PDFont font = style.font(cell.bold());
            float left = x0 + sum(table.widths, c);
            for (int k = 0; k < cell.lines().size(); k++) {
                String text = printable(cell.lines().get(k), font);
                float baseline = top + pad + (k + 1) * style.leading() - style.leading() * 0.25f;
                float x = cell.right()
                        ? left + table.widths[c] - OfficeTable.PADDING - OfficeTable.width(text, font, style.size())
                        : left + OfficeTable.PADDING;
                add(new Text(x, baseline, text, font, style.size()));
            }
        }
        if (style.borders().equals("grid")) {
            add(new Rule(x0, top, x1, top));
            add(new Rule(x0, top + height, x1, top + height));
            for (int c = 0; c <= table.widths.length; c++) {
                float x = x0 + sum(table.widths, c);
                add(new Rule(x, top, x, top + height));
            }
        } else if (style.borders().equals("rules")) {
            if (r == 0) {
                add(new Rule(x0, top, x1, top));
            }
            add(new Rule(x0, top + height, x1, top + height));
        }
        y = top + height;
    }

    private static float sum(float[] widths, int upTo) {
        float s = 0;
        for (int i = 0; i < upTo; i++) {
            s += widths[i];
        }
        return s;
    }

    private void ensure(float height) {
        if (pages.isEmpty() || y + height > PAGE_BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = PAGE_TOP;
    }

    private void add(Object op) {
        pages.get(pages.size() - 1).add(op);
    }

    private byte[] write(String title, long id) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.setDocumentId(id); // a fixed trailer ID: the same text gives the same bytes
            PDFont small = style.font(false);
            float smallSize = style.size() - 2;
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    List<Object> ops = new ArrayList<>(pages.get(p));
                    if (!style.header().isEmpty()) {
                        String header = printable(String.format(style.header(), title), small);
                        float x = PDRectangle.A4.getWidth() - style.right() - OfficeTable.width(header, small, smallSize);
                        ops.add(new Text(x, 36, header, small, smallSize));
                    }
                    String footer = String.format(style.footer(), p + 1, pages.size());
                    float fx = (PDRectangle.A4.getWidth() - OfficeTable.width(footer, small, smallSize)) / 2;
                    ops.add(new Text(fx, PDRectangle.A4.getHeight() - 28, footer, small, smallSize));
                    draw(out, ops);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void draw(PDPageContentStream out, List<Object> ops) throws IOException {
        float height = PDRectangle.A4.getHeight();
        for (Object op : ops) {
            if (op instanceof Text t && !t.text().isBlank()) {
                out.beginText();
                out.setFont(t.font(), t.size());
                out.newLineAtOffset(t.x(), height - t.baseline());
                out.showText(t.text());
                out.endText();
            } else if (op instanceof Rule r) {
                out.setLineWidth(0.5f);
                out.moveTo(r.x0(), height - r.y0());
                out.lineTo(r.x1(), height - r.y1());
                out.stroke();
            }
        }
    }

    /** The report's title for the running header: its first line that names the kind of document. */
    private static String title(List<String> lines) {
        for (String l : lines) {
            String t = l.strip();
            if (t.matches("(?iu)(årsredovisning|delårsrapport|sammanträdesprotokoll|protokoll).*") && t.length() < 80) {
                return t;
            }
        }
        return "";
    }

    /** The standard fonts' encoding lacks some signs: the minus sign becomes a hyphen, anything else a '?'. */
    private String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        text.replace('−', '-').replace('\u00A0', ' ').replace('\u202F', ' ').codePoints().forEach(cp -> {
            boolean ok = cp == '\t' || known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return !Character.isISOControl(c);
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.appendCodePoint(ok ? cp : '?');
        });
        return out.toString();
    }
}
