package se.finsambench.webapp.sql;

import java.sql.SQLException;

/**
 * DuckDB's error messages as the analyst should read them: what the server refuses says so in Swedish (the
 * settings, not this class, do the refusing); a mistake in the query keeps DuckDB's own first line, which
 * names the column or the position.
 */
final class DuckDbErrors {

    private DuckDbErrors() {
    }

    static SqlError translate(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String first = message.lines().findFirst().orElse("").trim();
        if (message.contains("Permission Error") || message.contains("file system operations are disabled")
                || message.contains("external access")) {
            return new SqlError(SqlError.Kind.REFUSED, "Frågan försöker nå något utanför sjön (en fil, en katalog eller"
                    + " en adress på nätet). Det är avstängt: bara sjöns egna vyer och filer går att läsa. (" + first + ")");
        }
        if (message.contains("extension")) {
            return new SqlError(SqlError.Kind.REFUSED, "Tillägg kan inte installeras eller laddas här. (" + first + ")");
        }
        if (message.contains("configuration has been locked")) {
            return new SqlError(SqlError.Kind.REFUSED, "Serverns inställningar är låsta och kan inte ändras. (" + first + ")");
        }
        if (message.contains("read-only")) {
            return new SqlError(SqlError.Kind.REFUSED, "Sjön är skrivskyddad och kan inte ändras. (" + first + ")");
        }
        if (message.contains("offload") || message.contains("max_temp_directory_size")) {
            return new SqlError(SqlError.Kind.MEMORY, "Frågan behövde mer minne och mer tillfälligt diskutrymme än"
                    + " servern tillåter. Begränsa den med WHERE, färre kolumner eller en aggregering.");
        }
        if (message.contains("Out of Memory") || message.contains("Java heap space") || message.contains("OutOfMemory")
                || message.contains("bad allocation")) {
            return outOfMemory();
        }
        return new SqlError(SqlError.Kind.INVALID, "Frågan kunde inte köras: " + withHint(message));
    }

    /**
     * DuckDB's first line with what it adds below it: its hint ("Did you mean \"associations\"?") and the
     * "LINE 1: …" line with the ^ under the position, kept as lines (the page shows them in a fixed-width font).
     */
    static String withHint(String message) {
        java.util.List<String> lines = message.lines().map(l -> l.replaceFirst("^java\\.sql\\.SQLException: ", ""))
                .filter(l -> !l.isBlank()).toList();
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean marker = l.strip().equals("^") && i > 0 && lines.get(i - 1).startsWith("LINE ");
            if (i == 0 || l.startsWith("Did you mean") || l.startsWith("Candidate") || l.startsWith("LINE ") || marker) {
                kept.add(i == 0 ? l.strip() : l.stripTrailing());
            }
        }
        return String.join("\n", kept);
    }

    static SqlError outOfMemory() {
        return SqlError.outOfMemory();
    }

    static SqlError tooLarge(long bytes) {
        return new SqlError(SqlError.Kind.TOO_LARGE, "Redan den första raden (eller ett enda värde) är större än "
                + megabytes(bytes) + ", mer än ett svar får vara. Korta av långa texter, t.ex. med left(kolumn, 1000).");
    }

    static String megabytes(long bytes) {
        return bytes >= 1_000_000 ? Math.round(bytes / 1e6) + " MB" : Math.max(1, Math.round(bytes / 1e3)) + " kB";
    }

    static SqlError timeout(long millis) {
        String limit = millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
        return new SqlError(SqlError.Kind.TIMEOUT, "Frågan avbröts efter " + limit + " (tidsgränsen). Begränsa den,"
                + " t.ex. med WHERE, LIMIT eller färre kopplingar, och kör igen.");
    }
}
