package se.finsambench.webapp.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import se.finsambench.webapp.pages.NotFoundException;
import se.finsambench.webapp.pages.Params;

/**
 * The original file of a document, by its id only: the path comes from the lake's documents table, so no request
 * can name a file. Where the lake was moved without its input folder the answer says so.
 */
final class DocumentFiles {

    private final Services s;

    DocumentFiles(Services services) {
        this.s = services;
    }

    void original(Context ctx) throws IOException {
        String id = Params.docId(Requests.of(ctx), "id", true);
        Path file = s.pages().documents().original(id)
                .orElseThrow(() -> new NotFoundException("Originalfilen finns inte på den här servern; texten finns i sjön."));
        String name = s.pages().documents().fileName(id);
        ctx.contentType(contentType(name));
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^\\w.-]", "_") + "\"");
        try (InputStream in = Files.newInputStream(file)) {
            ctx.result(in.readAllBytes());
        }
    }

    private static String contentType(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".pdf") ? "application/pdf"
                : n.endsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : n.endsWith(".html") || n.endsWith(".htm") ? "application/octet-stream"
                : "text/plain; charset=utf-8";
    }
}
