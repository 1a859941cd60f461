package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
    private final DocumentReader reader = new DocumentReader();

    private String reasonFor(byte[] bytes) {
        return assertThrows(UnreadableDocumentException.class, () -> reader.read("rapport.docx", bytes)).reason();
    }

    @Test
    void docxThatIsNotAZipGivesAClearReason() {
        assertEquals("not a valid DOCX: the file is not a ZIP package", reasonFor("Årsredovisning 2023".getBytes(UTF_8)));
    }

    @Test
    void oldBinaryWordFileGivesAClearReason() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("not a valid DOCX: it is an old binary .doc file or an encrypted document", reasonFor(ole2));
    }

    @Test
    void zipWithoutWordContentIsNotADocx() throws Exception {
        byte[] zip = zipOf("readme.txt", "hej".getBytes(UTF_8));
        assertEquals("not a valid DOCX: the ZIP package is not an Office document", reasonFor(zip));
    }

    @Test
    void spreadsheetRenamedToDocxIsNotAWordDocument() throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Budget 2024");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            assertEquals("not a valid DOCX: the ZIP package is not a Word document", reasonFor(out.toByteArray()));
        }
    }

    @Test
    void truncatedDocxGivesAReason() {
        byte[] docx = RenderedDocuments.toDocx(List.of("Rubrik", "a\tb"));
        assertEquals("not a valid DOCX: the file is incomplete or damaged", reasonFor(Arrays.copyOf(docx, docx.length / 2)));
    }

    @Test
    void zipBombIsRefusedInPlainLanguage() throws Exception {
        byte[] docx = withPaddedDocumentXml(RenderedDocuments.toDocx(List.of("Rubrik")), 20_000_000);
        assertEquals("not a valid DOCX: it expands to an implausible size (possible zip bomb)", reasonFor(docx));
    }

    @Test
    void paragraphsAndTablesComeBackInBodyOrder() throws Exception {
        List<String> lines = List.of("Resultaträkning", "Belopp i kr.\tNot\t2023", "Årets resultat\t\t−620 592", "Slut");
        assertEquals(lines, reader.read("r.docx", RenderedDocuments.toDocx(lines)).lines());
    }

    @Test
    void superscriptFootnoteRunDoesNotGlueOntoTheNumber() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("ESF Lumena 2 063");
            XWPFRun mark = paragraph.createRun();
            mark.setText("5");
            mark.setSubscript(VerticalAlign.SUPERSCRIPT);
            paragraph.createRun().setText(" tkr");
            assertEquals(List.of("ESF Lumena 2 063 tkr"), reader.read("r.docx", write(document)).lines());
        }
    }

    @Test
    void lineBreakInsideAParagraphStartsANewLineButNotInsideACell() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText("Beslutad av styrelsen");
            run.addBreak();
            run.setText("2024-03-13");
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Resultat");
            table.getRow(0).getCell(1).setText("Av 60 deltagare.");
            table.getRow(0).getCell(1).addParagraph().createRun().setText("Totalt 90.");
            assertEquals(List.of("Beslutad av styrelsen", "2024-03-13", "Resultat\tAv 60 deltagare. Totalt 90."),
                    reader.read("r.docx", write(document)).lines());
        }
    }

    @Test
    void mergedCellsKeepLaterCellsUnderTheirHeaders() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(1, 3);
            XWPFTableRow row = table.getRow(0);
            row.getCell(0).setText("Belopp tkr");
            row.getCell(1).setText("Utfall 2023");
            row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(3));
            row.getCell(2).setText("Budget 2023");
            assertEquals(List.of("Belopp tkr\tUtfall 2023\t\t\tBudget 2023"), reader.read("r.docx", write(document)).lines());
        }
    }

    private static byte[] write(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Copies a DOCX, inserting whitespace into word/document.xml: a tiny compressed entry that inflates hugely. */
    private static byte[] withPaddedDocumentXml(byte[] docx, int padding) {
        return HostileDocuments.docxWithDocumentXml(docx, xml -> {
            int bodyEnd = xml.lastIndexOf("</w:body>");
            return xml.substring(0, bodyEnd) + " ".repeat(padding) + xml.substring(bodyEnd);
        });
    }
}
