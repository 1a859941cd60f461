package se.finsambench.webapp.pages.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.finsambench.webapp.lake.DocumentQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.pages.NotFoundException;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.SourceFiles;

/**
 * Dokument: one document's normalised text as the lake keeps it ({@code document_lines}: line, PDF page, text),
 * every fact read from it, and for a chosen line the table it stands in (its header line and the block around it).
 * A lake without {@code document_lines} (written before the table existed) shows the lines its facts quote.
 */
public final class DocumentService {

    /** Lines shown either side of a figure's line in the summary above the text. */
    static final int NEIGHBOURS = 3;

    private final Lake lake;
    private final DocumentQueries documents;
    private final SourceFiles files;

    public DocumentService(Lake lake) {
        this.lake = lake;
        this.documents = new DocumentQueries(lake);
        this.files = new SourceFiles(lake);
    }

    public PageData page(DocumentPage.Filters f) {
        Map<String, Object> doc = document(f.id());
        PageData data = lake.cached("document|" + f.id(), () -> compute(f.id(), doc));
        PageData out = PageData.of(data.rows()).truncated(data.truncated());
        data.info().forEach(out::with);
        out.with("filters", f.line() == null ? Map.of("id", f.id()) : Map.of("id", f.id(), "rad", f.line()));
        if (f.line() != null) {
            out.with("context", context(data.rows(), f.line()));
        }
        return out;
    }

    /** The original file, when it is on this machine (the lake names it; nothing else can be asked for). */
    public Optional<Path> original(String docId) {
        Map<String, Object> d = documents.one(docId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Det finns inget dokument med id " + docId));
        Object path = d.get("source_path");
        return path == null ? Optional.empty() : OriginalFile.find(path.toString());
    }

    /** The id of a document the lake has (a link to one it does not have is a 404, page and JSON alike). */
    public String require(String docId) {
        if (docId == null) {
            throw new se.finsambench.webapp.pages.InvalidFilterException("id", "Ange ett dokument-id");
        }
        document(docId);
        return docId;
    }

    public String fileName(String docId) {
        return (String) document(docId).get("file_name");
    }

    private Map<String, Object> document(String docId) {
        List<Map<String, Object>> d = documents.one(docId);
        if (d.isEmpty()) {
            throw new NotFoundException("Det finns inget dokument med id " + docId);
        }
        return files.named(d.get(0));
    }

    private PageData compute(String docId, Map<String, Object> doc) {
        List<Map<String, Object>> facts = lake.query("SELECT concept, member, scenario, period_end, value, unit, source_line,"
                + " selected, rank FROM facts WHERE doc_id = ? ORDER BY source_line, concept, member", docId);
        boolean kept = hasDocumentLines();
        List<Map<String, Object>> lines = kept
                ? lake.query("SELECT line, page, text FROM document_lines WHERE doc_id = ? ORDER BY line", docId)
                : lake.query("SELECT DISTINCT source_line AS line, NULL::INTEGER AS page, source_text AS text FROM facts"
                        + " WHERE doc_id = ? ORDER BY line", docId);
        return PageData.of(lines).with("document", doc).with("facts", facts).with("complete", kept)
                .with("original", original(docId).isPresent());
    }

    /** The figure's line with its table: the header that starts the block of table lines, and the lines around it. */
    static Map<String, Object> context(List<?> lines, int line) {
        Map<Integer, String> byLine = new LinkedHashMap<>();
        for (Object o : lines) {
            Map<?, ?> m = (Map<?, ?>) o;
            byLine.put(((Number) m.get("line")).intValue(), (String) m.get("text"));
        }
        if (!byLine.containsKey(line)) {
            throw new NotFoundException("Dokumentet har ingen rad " + line);
        }
        int start = line;
        while (byLine.containsKey(start - 1) && isTableLine(byLine.get(start - 1))) {
            start--;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", line);
        boolean inTable = isTableLine(byLine.get(line)) && start < line;
        out.put("header", inTable ? start : null);
        out.put("headerText", inTable ? byLine.get(start) : null);
        List<Integer> around = new ArrayList<>();
        for (int l = line - NEIGHBOURS; l <= line + NEIGHBOURS; l++) {
            if (byLine.containsKey(l)) {
                around.add(l);
            }
        }
        out.put("neighbours", around);
        return out;
    }

    /** A line of a table as the readers write them: cells separated by tabs or runs of spaces. */
    static boolean isTableLine(String text) {
        return text != null && !text.isBlank() && (text.indexOf('\t') >= 0 || text.strip().matches(".*\\S {3,}\\S.*"));
    }

    private boolean hasDocumentLines() {
        return lake.cached("tables.document_lines", () -> !lake.query(
                "SELECT table_name FROM information_schema.tables WHERE table_name = 'document_lines'").isEmpty());
    }
}
