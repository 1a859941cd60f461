package se.finsambench.pipeline.generate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Which file format a document arrives in — about a tenth PDF, a tenth DOCX, a few HTML, minutes of
 * some associations as Markdown, the rest plain text — and its bytes in that format.
 */
final class DocumentFormats {

    private DocumentFormats() {
    }

    static String choose(Random random, boolean minutes, boolean markdownHouse) {
        double r = random.nextDouble();
        if (r < 0.10) {
            return "pdf";
        }
        if (r < 0.20) {
            return "docx";
        }
        if (r < 0.24) {
            return "html";
        }
        return minutes && markdownHouse ? "md" : "txt";
    }

    static byte[] render(String format, String title, List<String> lines) {
        return switch (format) {
            case "pdf" -> OfficePdf.render(title, lines);
            case "docx" -> DocumentRenderer.toDocx(lines);
            case "html" -> MarkupRenderer.toHtml(title, lines);
            case "md" -> MarkupRenderer.toMarkdown(lines);
            default -> (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        };
    }
}
