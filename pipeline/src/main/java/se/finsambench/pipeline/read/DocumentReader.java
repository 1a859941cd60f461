package se.finsambench.pipeline.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.finsambench.pipeline.read.pdf.PdfText;

/**
 * Reads a report in any supported format (.txt, .md, .html/.htm, .pdf, .docx) into normalised text lines.
 * The format is chosen by the file name's extension. Every line passes through {@link TextNormalizer}.
 * Thread-safe: holds only its size limit.
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused before parsing, so one huge upload cannot exhaust memory */
    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads a file from disk; its file name (not the whole path) becomes the source name. */
    public TextDocument read(Path path) throws IOException, UnreadableDocumentException {
        String fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        formatOf(fileName); // an unsupported type is refused before reading any bytes
        if (Files.size(path) > maxBytes) {
            throw tooLarge();
        }
        return read(fileName, Files.readAllBytes(path));
    }

    public TextDocument read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String format = formatOf(fileName);
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("file is empty");
        }
        if (format.equals("pdf")) {
            PdfText pdf = PdfReader.read(bytes);
            return new TextDocument(fileName, format, normalize(pdf.lines()), pdf.pages(), pdf.ocr());
        }
        List<String> lines = normalize(rawLines(format, bytes));
        if (lines.stream().allMatch(String::isBlank)) {
            throw new UnreadableDocumentException(format.equals("docx") ? "document contains no text" : "file is empty");
        }
        return new TextDocument(fileName, format, lines);
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

    private static List<String> rawLines(String format, byte[] bytes) throws UnreadableDocumentException {
        return switch (format) {
            case "txt" -> TextDecoding.lines(bytes);
            case "md" -> MarkdownText.toPlainLines(TextDecoding.lines(bytes));
            case "html" -> HtmlReader.lines(bytes);
            case "docx" -> DocxReader.lines(bytes);
            default -> throw new IllegalStateException("no reader for " + format);
        };
    }

    private static List<String> normalize(List<String> lines) {
        return lines.stream().map(TextNormalizer::normalize).toList();
    }

    private UnreadableDocumentException tooLarge() {
        return new UnreadableDocumentException("file is larger than the " + describeSize(maxBytes) + " limit");
    }

    static String describeSize(long bytes) {
        long mib = 1024L * 1024;
        if (bytes % mib == 0) {
            return bytes / mib + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
