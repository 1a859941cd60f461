package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Documents that expand or nest past the {@link ReadBudget} are refused before the expensive work, with the limit
 * they passed; documents within it are read as before. (Timeouts here only keep a regression from hanging the
 * build: before the budget, the DOCX took minutes and the nested one overflowed the stack.)
 */
class ReadBudgetTest {

    private final DocumentReader reader = new DocumentReader();

    private String reason(String name, byte[] bytes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(UnreadableDocumentException.class, () -> reader.read(name, bytes)).reason());
    }

    @Test
    void aDocxWhoseXmlExpandsPastTheBudgetIsRefusedBeforeItIsParsed() {
        byte[] docx = HostileDocuments.inflatingDocx(40L << 20);
        assertTrue(docx.length < (10 << 20), "a small file: " + docx.length);
        assertEquals("the DOCX is too large to read: its text markup expands to more than 32 MiB (a long Word report "
                + "holds a few MiB)", reason("r.docx", docx));
    }

    @Test
    void aDocxWithTablesNestedFiftyThousandDeepIsRefusedAndOneNestedThreeDeepIsRead() throws Exception {
        assertEquals("the DOCX is nested too deeply to read: its body has elements (tables in tables) more than 200 "
                + "levels deep", reason("r.docx", HostileDocuments.nestedTablesDocx(50_000)));
        assertTrue(reader.read("r.docx", HostileDocuments.nestedTablesDocx(3)).lines().stream()
                .anyMatch(l -> l.contains("inne")));
    }

    @Test
    void aPdfWhosePageContentInflatesPastTheBudgetIsRefused() {
        byte[] pdf = HostileDocuments.inflatingPdf(600L << 20);
        assertTrue(pdf.length < (8 << 20), "a small file: " + pdf.length);
        assertEquals("the PDF is too large to read: its page content expands to more than 512 MiB",
                reason("r.pdf", pdf));
    }

    @Test
    void anHtmlFileWithMoreTextThanTheBudgetIsRefused() {
        ReadBudget small = new ReadBudget(64L << 20, 1 << 20, 512L << 20, 200);
        byte[] html = ("<html><body>" + "<p>Verksamhetens intäkter 3 000</p>".repeat(40_000) + "</body></html>")
                .getBytes(UTF_8);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> new DocumentReader(small).read("r.html", html));
        assertEquals("the HTML is too large to read: more than 1 MiB of text", e.reason());
    }
}
