package se.finsambench.webapp.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;

/** A started web app over a fixture lake, and plain HTTP calls to its SQL API, for the SQL tests. */
final class SqlServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Path lakeDir;
    final Path queries;
    final Lake lake;
    final Javalin app;
    final HttpClient http = HttpClient.newHttpClient();

    private final boolean ownsLake;

    SqlServer(Path lakeDir, Path queries, Optional<String> token, SqlLimits limits) {
        this(lakeDir, queries, token, limits, new LakeSettings("512MB", 1, Duration.ofSeconds(1)));
    }

    SqlServer(Path lakeDir, Path queries, Optional<String> token, SqlLimits limits, LakeSettings settings) {
        this(Lake.open(lakeDir, settings), queries, token, limits, true);
    }

    /** A second app over a lake already open (DuckDB's driver holds one instance per catalog file). */
    SqlServer(Lake lake, Path queries, Optional<String> token, SqlLimits limits) {
        this(lake, queries, token, limits, false);
    }

    private SqlServer(Lake lake, Path queries, Optional<String> token, SqlLimits limits, boolean ownsLake) {
        this.lakeDir = lake.dir();
        this.queries = queries;
        this.lake = lake;
        this.ownsLake = ownsLake;
        this.app = WebApp.create(lake, new WebOptions(Optional.empty(), token, Optional.of(queries), limits))
                .start("127.0.0.1", 0);
    }

    static SqlServer fixture(Path queries, SqlLimits limits) {
        return new SqlServer(LakeFixture.temporary(), queries, Optional.empty(), limits);
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Answer sql(String sql) {
        return post("/api/sql", Map.of("sql", sql), Map.of());
    }

    Answer post(String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", headers.getOrDefault("Content-Type", "application/json"))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            headers.forEach((k, v) -> {
                if (!k.equals("Content-Type")) {
                    b.header(k, v);
                }
            });
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    byte[] postBytes(String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            headers.forEach(b::header);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    Answer get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), headers);
    }

    Answer delete(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).DELETE(), headers);
    }

    private Answer send(HttpRequest.Builder b, Map<String, String> headers) {
        try {
            headers.forEach(b::header);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        if (ownsLake) {
            lake.close();
        }
    }
}
