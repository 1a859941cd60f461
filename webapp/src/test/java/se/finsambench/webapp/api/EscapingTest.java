package se.finsambench.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.finsambench.webapp.api.ApiTestSupport.get;

import org.junit.jupiter.api.Test;

/**
 * A {@code <script>} in a document (association name, source text) must stay data: JSON only (with nosniff),
 * never in server-written HTML unescaped. The browser test checks that the pages render it as text.
 */
class EscapingTest extends OnFixtureLake {

    @Test
    void scriptFromADocumentComesBackAsJsonDataOnly() {
        served((server, client) -> {
            var api = get(client, "/api/forbund/script-alert-1-script");
            assertEquals(200, api.status());
            assertTrue(api.contentType().startsWith("application/json"));
            assertEquals("nosniff", api.headers().get("X-Content-Type-Options"));
            assertEquals("<script>alert(1)</script> samordningsförbund", api.json().get("association").get("name").asText());

            var page = get(client, "/forbund/script-alert-1-script");
            assertEquals(200, page.status());
            assertFalse(page.body().contains("alert(1)"), "the page shell carries no data; scripts fill it via textContent");
            assertTrue(page.headers().get("Content-Security-Policy").contains("script-src 'self'"));

            var source = get(client, "/api/kalla?forbund=script-alert-1-script&indikator=result_margin&period=2023-12-31").json();
            assertTrue(source.toString().contains("<script>alert(1)</script> Verksamhetens intäkter"));
        });
    }

    @Test
    void errorPagesEscapeWhatTheUrlSays() {
        served((server, client) -> {
            var page = get(client, "/forbund/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
            assertEquals(404, page.status());
            assertTrue(page.contentType().startsWith("text/html"));
            assertFalse(page.body().contains("<script>alert(1)"), page.body());
            assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            var bad = get(client, "/jamforelse?grupp=%3Cb%3Ex");
            assertEquals(400, bad.status());
            assertFalse(bad.body().contains("<b>x"));
        });
    }

    @Test
    void htmlHelperEscapesTheFiveCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.escape("<a href=\"x\">&'"));
    }
}
