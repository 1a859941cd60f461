package se.finsambench.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A PDF's page content measured against the {@link ReadBudget} before its text is extracted: a content stream of
 * a megabyte can inflate to gigabytes, which the text stripper would parse operator by operator. The streams are
 * inflated here as a stream (nothing kept), which costs a fraction of parsing them.
 */
final class PdfContentSize {

    private PdfContentSize() {
    }

    static void check(PDDocument document, ReadBudget budget) throws IOException, UnreadableDocumentException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        for (PDPage page : document.getPages()) {
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
                try (InputStream in = streams.next().createInputStream()) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        Cancellation.check();
                        total += n;
                        if (total > budget.maxPdfBytes()) {
                            throw new UnreadableDocumentException("the PDF is too large to read: its page content "
                                    + "expands to more than " + ReadBudget.describe(budget.maxPdfBytes()));
                        }
                    }
                }
            }
        }
    }
}
