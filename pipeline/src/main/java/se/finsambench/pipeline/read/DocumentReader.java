package se.finsambench.pipeline.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a report in any supported format (.txt, .md, .html/.htm, .pdf, .docx) into normalised text lines.
 * The format is chosen by the file name's extension. Every line passes through {@link TextNormalizer}.
 * A document that cannot be read, for whatever reason, is an {@link UnreadableDocumentException}; the work stops
 * when its thread is interrupted ({@link Cancellation}). Thread-safe: holds only its {@link ReadBudget}.
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = ReadBudget.DEFAULT_MAX_FILE_BYTES;

    private final ReadBudget budget;

    public DocumentReader() {
        this(ReadBudget.defaults());
    }

    /** @param maxBytes files larger than this are refused before parsing, so one huge upload cannot exhaust memory */
    public DocumentReader(long maxBytes) {
        this(ReadBudget.defaults().withMaxFileBytes(maxBytes));
    }

    public DocumentReader(ReadBudget budget) {
        this.budget = budget;
    }

    /** Reads a file from disk; its file name (not the whole path) becomes the source name. */
    public TextDocument read(Path path) throws IOException, UnreadableDocumentException {
        String fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        formatOf(fileName); // an unsupported type is refused before reading any bytes
        if (Files.size(path) > budget.maxFileBytes()) {
            throw tooLarge();
        }
        return read(fileName, Files.readAllBytes(path));
    }

    public TextDocument read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String format = formatOf(fileName);
        if (bytes.length > budget.maxFileBytes()) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("file is empty");
        }
        List<String> problems = new ArrayList<>();
        List<String> lines;
        try {
            lines = normalize(rawLines(format, bytes, problems));
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException("the document is nested too deeply to read", e);
        } catch (Cancellation.Cancelled e) {
            throw e;
        } catch (RuntimeException e) { // a parser's own bug on odd input: this document, not the run
            throw new UnreadableDocumentException("could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")), e);
        }
        if (lines.stream().allMatch(String::isBlank)) {
            throw new UnreadableDocumentException(format.equals("docx") ? "document contains no text" : "file is empty");
        }
        return new TextDocument(fileName, format, lines, List.of(), problems);
    }

    /** The format name for a file name ("txt", "md", "html", "pdf", "docx"), or why it is not supported. */
    public static String formatOf(String fileName) throws UnreadableDocumentException {
        String extension = extension(fileName);
        return switch (extension) {
            case "txt", "text" -> "txt";
            case "md", "markdown" -> "md";
            case "html", "htm", "xhtml" -> "html";
            case "pdf" -> "pdf";
            case "docx" -> "docx";
            case "" -> throw new UnreadableDocumentException("unsupported file type: the file name has no extension");
            default -> throw new UnreadableDocumentException("unsupported file type ." + extension);
        };
    }

    static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private List<String> rawLines(String format, byte[] bytes, List<String> problems)
            throws UnreadableDocumentException {
        return switch (format) {
            case "txt" -> TextDecoding.lines(bytes, problems);
            case "md" -> MarkdownText.toPlainLines(TextDecoding.lines(bytes, problems));
            case "html" -> HtmlReader.lines(bytes, budget, problems);
            case "pdf" -> PdfReader.lines(bytes, budget);
            case "docx" -> DocxReader.lines(bytes, budget);
            default -> throw new IllegalStateException("no reader for " + format);
        };
    }

    private static List<String> normalize(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            Cancellation.check();
            out.add(TextNormalizer.normalize(line));
        }
        return out;
    }

    private UnreadableDocumentException tooLarge() {
        return new UnreadableDocumentException("file is larger than the " + ReadBudget.describe(budget.maxFileBytes())
                + " limit");
    }
}
