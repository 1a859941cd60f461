package se.finsambench.pipeline.read;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A DOCX's ZIP package measured against the {@link ReadBudget} before POI builds it in memory: POI keeps every
 * part unzipped and parses the body into a tree, recursing into tables in tables, so a 1.5 MB file whose XML
 * expands to 98 MB takes minutes and gigabytes, and 50,000 nested tables overflow the stack. First the sizes the
 * package declares (its central directory: no unzipping), then, as declared sizes can lie, the parts are unzipped
 * as a stream (nothing kept) and the body's nesting is counted with a streaming XML reader.
 * A package this cannot read is left to POI, which gives its own reason.
 */
final class DocxPackage {

    private static final String BODY = "word/document.xml";
    private static final XMLInputFactory XML = secureFactory();

    private DocxPackage() {
    }

    static void check(byte[] bytes, ReadBudget budget) throws UnreadableDocumentException {
        if (declaredMarkup(bytes) > budget.maxMarkupBytes()) {
            throw tooLarge(budget);
        }
        ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes));
        Counted part = new Counted(zip, budget.maxMarkupBytes());
        try (zip) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals(BODY) && depth(part, budget.maxNesting()) > budget.maxNesting()) {
                    throw new UnreadableDocumentException("the DOCX is nested too deeply to read: its body has "
                            + "elements (tables in tables) more than " + budget.maxNesting() + " levels deep");
                } else if (isMarkup(name)) {
                    part.skipAll();
                }
                checkSize(part, budget);
            }
        } catch (IOException | XMLStreamException e) {
            checkSize(part, budget); // the XML reader stops where the budget ends the part
            // Otherwise not a package this can read: POI says why.
        }
    }

    private static void checkSize(Counted part, ReadBudget budget) throws UnreadableDocumentException {
        if (part.total > budget.maxMarkupBytes()) {
            throw tooLarge(budget);
        }
    }

    private static UnreadableDocumentException tooLarge(ReadBudget budget) {
        return new UnreadableDocumentException("the DOCX is too large to read: its text markup expands to more than "
                + ReadBudget.describe(budget.maxMarkupBytes()) + " (a long Word report holds a few MiB)");
    }

    private static boolean isMarkup(String part) {
        return part.endsWith(".xml") || part.endsWith(".rels");
    }

    /** The unzipped size the central directory declares for the XML parts; 0 when it cannot be read. */
    private static long declaredMarkup(byte[] bytes) {
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (isMarkup(entry.getName()) && entry.getSize() > 0) {
                    total += entry.getSize();
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // the streaming count below decides
        }
        return total;
    }

    /** The deepest element nesting of a part, counted up to just past the limit. */
    private static int depth(InputStream part, int limit) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(part);
        int depth = 0;
        int deepest = 0;
        try {
            while (xml.hasNext() && deepest <= limit) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    deepest = Math.max(deepest, ++depth);
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                }
            }
        } finally {
            xml.close();
        }
        return deepest;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // Not every StAX implementation knows the property; DTDs are off anyway.
        }
        return factory;
    }

    /**
     * The current ZIP entry, counting the unzipped bytes of all entries read through it; stops at the budget (an
     * end of stream) and when the document's time ran out. Closing it does not close the ZIP.
     */
    private static final class Counted extends FilterInputStream {
        private final long budget;
        long total;

        Counted(InputStream zip, long budget) {
            super(zip);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Cancellation.check();
            if (total > budget) {
                return -1;
            }
            int n = super.read(b, off, len);
            if (n > 0) {
                total += n;
            }
            return n;
        }

        void skipAll() throws IOException {
            byte[] buffer = new byte[1 << 16];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted in read
            }
        }

        @Override
        public void close() {
        }
    }
}
