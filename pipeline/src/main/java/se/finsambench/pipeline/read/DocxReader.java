package se.finsambench.pipeline.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * DOCX to lines with Apache POI, in body order: a paragraph is a line (a manual line break starts
 * another), a table is one line per row with cells joined by TAB. Headers, footers, footnote texts
 * and text boxes are not read.
 */
final class DocxReader {
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+]");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("[0-9*]{1,3}");
    private static final Pattern JAVA_CLASS_PREFIX = Pattern.compile("^(?:[a-z0-9_]+\\.)+[A-Za-z0-9_$]+: ");
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private DocxReader() {
    }

    static List<String> lines(byte[] bytes, ReadBudget budget) throws UnreadableDocumentException {
        checkContainer(bytes);
        DocxPackage.check(bytes, budget);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                Cancellation.check();
                addLines(element, lines);
            }
            return lines;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException("not a valid DOCX: it is an old binary .doc file or an encrypted document", e);
        } catch (Cancellation.Cancelled e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("not a valid DOCX: " + describe(e), e);
        }
    }

    /** Cheap checks first, so the common mistakes get a clear reason instead of a parser message. */
    static void checkContainer(byte[] bytes) throws UnreadableDocumentException {
        if (TextDecoding.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableDocumentException("not a valid DOCX: it is an old binary .doc file or an encrypted document");
        }
        if (!TextDecoding.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            throw new UnreadableDocumentException("not a valid DOCX: the file is not a ZIP package");
        }
    }

    private static void addLines(IBodyElement element, List<String> lines) {
        if (element instanceof XWPFParagraph paragraph) {
            // A manual line break inside a paragraph is a new line, as in the PDF of the same report.
            String text = paragraphText(paragraph);
            // An empty paragraph stays an empty line: blank lines separate blocks in every format.
            lines.addAll(text.isEmpty() ? List.of("") : text.lines().toList());
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                lines.add(rowText(row));
            }
        } else if (element instanceof XWPFSDT sdt) {
            lines.addAll(sdt.getContent().getText().lines().toList());
        }
    }

    static String rowText(XWPFTableRow row) {
        StringBuilder line = new StringBuilder();
        List<XWPFTableCell> cells = row.getTableCells();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(cellText(cells.get(i)));
            // A merged cell keeps later cells under their headers, like the .txt seeds do.
            line.append("\t".repeat(Math.max(0, Math.min(gridSpan(cells.get(i)), 50) - 1)));
        }
        return line.toString();
    }

    /** All text of a cell on one line: paragraphs and nested table rows joined by a space. */
    static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(paragraphText(paragraph));
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(r -> parts.add(rowText(r)));
            } else if (element instanceof XWPFSDT sdt) {
                parts.add(sdt.getContent().getText());
            }
        }
        return String.join(" ", parts).replaceAll("[\\t\\n\\r]+", " ").strip();
    }

    /**
     * The paragraph's runs; a superscript run of digits becomes Unicode superscript digits so the
     * normaliser can drop it as a footnote mark instead of gluing "5" onto "2 063".
     */
    static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                out.append(isSuperscript(run) ? toSuperscript(run.text()) : run.text());
            } else if (element instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            }
        }
        return NOTE_REFERENCE.matcher(out).replaceAll("");
    }

    private static boolean isSuperscript(XWPFRun run) {
        return run.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT
                && FOOTNOTE_MARK.matcher(run.text().strip()).matches();
    }

    static String toSuperscript(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.strip().toCharArray()) {
            out.append(c >= '0' && c <= '9' ? SUPERSCRIPT_DIGITS.charAt(c - '0') : ' ');
        }
        return out.toString();
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetGridSpan()) {
            return 1;
        }
        return properties.getGridSpan().getVal().intValue();
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("zip bomb")) {
                return "it expands to an implausible size (possible zip bomb)";
            }
        }
        if (message.contains("Zip bomb")) {
            return "it expands to an implausible size (possible zip bomb)";
        }
        if (message.contains("not a valid OOXML") || message.contains("No valid entries")
                || message.contains("content type part")) {
            return "the ZIP package is not an Office document";
        }
        if (message.contains("structure broken") || message.contains("Truncated") || message.contains("end of ZLIB")) {
            return "the file is incomplete or damaged";
        }
        if (message.contains("wordprocessingml") && message.contains("not a valid")) {
            return "the ZIP package is not a Word document";
        }
        // Users need the problem, not the Java class that noticed it.
        message = JAVA_CLASS_PREFIX.matcher(message).replaceAll("");
        return message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
