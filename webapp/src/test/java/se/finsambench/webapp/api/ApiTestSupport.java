package se.finsambench.webapp.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Response;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;

/** One fixture lake per test class, and JSON reading of answers. */
final class ApiTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    private ApiTestSupport() {
    }

    static Lake fixtureLake() throws IOException {
        return Lake.open(LakeFixture.temporary(), new LakeSettings("512MB", 1, Duration.ofMillis(50)));
    }

    record Answer(int status, String contentType, String body, okhttp3.Headers headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    static Answer get(HttpClient client, String path) {
        try (Response r = client.get(path)) {
            return new Answer(r.code(), r.header("Content-Type"), r.body() == null ? "" : r.body().string(), r.headers());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
