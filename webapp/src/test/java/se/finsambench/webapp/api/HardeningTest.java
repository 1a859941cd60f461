package se.finsambench.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.finsambench.webapp.api.ApiTestSupport.get;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;

/** Path traversal, stack traces, oversized requests, and a re-ingest under load: none gets through. */
class HardeningTest {

    @TempDir
    Path dir;

    @Test
    void pathTraversalOnStaticDocumentAndIdRoutesIsRefused() throws Exception {
        try (Lake lake = ApiTestSupport.fixtureLake()) {
            JavalinTest.test(WebApp.create(lake, WebOptions.defaults()), (server, client) -> {
                for (String path : List.of("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                        "/static/..%2f..%2f..%2fetc%2fpasswd", "/webjars/../../../etc/passwd",
                        "/webjars/echarts/5.3.1/..%2f..%2f..%2f..%2fetc%2fpasswd", "/forbund/..%2f..%2fetc%2fpasswd",
                        "/api/forbund/..%2F..%2Fetc%2Fpasswd", "/api/kalla?dok=../../../etc/passwd&rad=1",
                        "/api/kalla?dok=%2Fetc%2Fpasswd&rad=1", "/api/kalla?dok=file:%2F%2F%2Fetc%2Fpasswd&rad=1")) {
                    ApiTestSupport.Answer a = get(client, path);
                    assertTrue(a.status() >= 400 && a.status() < 500, path + " → " + a.status());
                    assertFalse(a.body().contains("root:x:0:0"), path);
                }
                // The Källa page is a shell that asks the API; whatever its URL says, it holds no file.
                ApiTestSupport.Answer page = get(client, "/kalla?dok=../../../etc/passwd&rad=1");
                assertFalse(page.body().contains("root:x:0:0"));
            });
        }
    }

    @Test
    void errorsNeverShowAStackTrace() throws Exception {
        try (Lake lake = ApiTestSupport.fixtureLake()) {
            JavalinTest.test(WebApp.create(lake, WebOptions.defaults()), (server, client) -> {
                for (String path : List.of("/api/jamforelse?indikator=%00&ar=abc", "/jamforelse?ar=-1&period=x",
                        "/api/forbund/finns-inte", "/api/kalla?rad=abc")) {
                    ApiTestSupport.Answer a = get(client, path);
                    assertFalse(a.body().contains("Exception") || a.body().contains("at se.finsambench")
                            || a.body().contains("at io.javalin"), path + ": " + a.body());
                }
            });
        }
    }

    @Test
    void anOversizedRequestIsRefusedAndTheServerGoesOn() throws Exception {
        try (Lake lake = ApiTestSupport.fixtureLake()) {
            JavalinTest.test(WebApp.create(lake, WebOptions.defaults()), (server, client) -> {
                HttpClient http = HttpClient.newHttpClient();
                byte[] body = new byte[(int) WebApp.MAX_REQUEST_BYTES * 4];
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(client.getOrigin() + "/api/oversikt"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
                assertEquals(200, get(client, "/api/oversikt").status());
            });
        }
    }

    @Test
    void aReIngestUnderLoadLosesNoRequestAndIsServedWithoutRestart() throws Exception {
        LakeFixture.build(dir);
        try (Lake lake = Lake.open(dir, new LakeSettings("512MB", 2, Duration.ofMillis(20)))) {
            JavalinTest.test(WebApp.create(lake, WebOptions.defaults()), (server, client) -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                AtomicInteger ok = new AtomicInteger();
                ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
                long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                List<Thread> clients = List.of(1, 2, 3).stream().map(n -> new Thread(() -> {
                    // Bounded: loopback only, four seconds, one request at a time per client.
                    while (System.nanoTime() < until) {
                        for (String path : List.of("/api/jamforelse?indikator=equity_ratio&ar=2023", "/api/forbund/soderasen",
                                "/api/oversikt")) {
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(client.getOrigin() + path))
                                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() == 200) {
                                    ok.incrementAndGet();
                                } else {
                                    failures.add(path + " → " + r.statusCode() + " " + r.body());
                                }
                            } catch (Exception e) {
                                failures.add(path + " → " + e);
                            }
                        }
                    }
                })).toList();
                clients.forEach(Thread::start);
                Thread.sleep(800);
                LakeFixture.publish(dir, "run-2", 2.0, false);
                Thread.sleep(1200);
                LakeFixture.publish(dir, "run-3", 3.0, false);
                for (Thread t : clients) {
                    t.join();
                }
                System.out.println("Load during re-ingest: " + ok.get() + " requests answered, " + failures.size() + " failed");
                assertTrue(failures.isEmpty(), failures.size() + " failed, e.g. " + failures.peek());
                assertTrue(ok.get() > 30, "requests answered: " + ok.get());
                // CURRENT is looked at once per check interval; give the switch a moment, never a restart.
                String run = "";
                for (int i = 0; i < 40 && !run.equals("run-3"); i++) {
                    run = get(client, "/api/oversikt").json().get("runId").asText();
                    Thread.sleep(50);
                }
                assertEquals("run-3", run);
            });
        }
    }
}
