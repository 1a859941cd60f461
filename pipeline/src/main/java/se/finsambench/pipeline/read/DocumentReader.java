package se.finsambench.pipeline.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * TEMPORARY stub so the CLI can be built before the real reader lands: UTF-8 .txt/.md only.
 * The real DocumentReader (txt, md, html, pdf, docx) replaces this file when branches are merged.
 */
public class DocumentReader {

    public TextDocument read(Path file) throws UnreadableDocumentException {
        try {
            return read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot read file: " + e.getMessage());
        }
    }

    public TextDocument read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String format = lower.endsWith(".txt") ? "txt" : lower.endsWith(".md") ? "md" : null;
        if (format == null) {
            throw new UnreadableDocumentException("unsupported format (stub reader reads .txt and .md only)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new TextDocument(fileName, format, text.lines().toList());
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("not valid UTF-8 text");
        }
    }
}
