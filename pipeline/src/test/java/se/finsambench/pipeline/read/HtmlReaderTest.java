package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private final DocumentReader reader = new DocumentReader();

    private List<String> read(String html) throws Exception {
        return reader.read("rapport.html", html.getBytes(UTF_8)).lines();
    }

    @Test
    void tableRowsBecomeTabSeparatedCells() throws Exception {
        String html = """
                <h2>Resultaträkning</h2>
                <table>
                  <thead><tr><th>Belopp i kr.</th><th>Not</th><th>2023</th><th>2022</th></tr></thead>
                  <tbody>
                    <tr><td>Verksamhetens intäkter</td><td>2</td><td>3&nbsp;055&nbsp;998</td><td>3 076 034</td></tr>
                    <tr><td>Avskrivningar</td><td></td><td>-</td><td>-</td></tr>
                  </tbody>
                </table>
                <p>Efter tabellen.</p>
                """;
        assertEquals(List.of("Resultaträkning", "Belopp i kr.\tNot\t2023\t2022",
                "Verksamhetens intäkter\t2\t3 055 998\t3 076 034", "Avskrivningar\t\t-\t-", "", "Efter tabellen."), read(html));
    }

    @Test
    void paragraphsListItemsAndBreaksInsideACellBecomeSpaces() throws Exception {
        String html = "<table><tr><td>Resultat</td><td><p>Av 60 deltagare.</p><ul><li>8% arbete</li>"
                + "<li>45% Coachingteamet</li></ul>Totalt<br>90</td></tr></table>";
        assertEquals(List.of("Resultat\tAv 60 deltagare. 8% arbete 45% Coachingteamet Totalt 90"), read(html));
    }

    @Test
    void blockElementsAndBreaksStartNewLines() throws Exception {
        assertEquals(List.of("Årsredovisning", "2023", "Beslutad av styrelsen", "2024-03-13", "Rad med fet text"),
                read("<h1>Årsredovisning</h1><div>2023<p>Beslutad av styrelsen<br/>2024-03-13</p></div>"
                        + "<p>Rad med <b>fet</b> text</p>"));
    }

    @Test
    void scriptAndStyleElementsAreDropped() throws Exception {
        assertEquals(List.of("Synlig text"),
                read("<html><head><style>p{color:red}</style><script>var x = '3 055 998';</script></head>"
                        + "<body><script>document.write('1 000')</script><p>Synlig text</p></body></html>"));
    }

    @Test
    void colspanKeepsLaterCellsUnderTheirHeaders() throws Exception {
        assertEquals(List.of("Belopp tkr\tUtfall 2023\t\t\tBudget 2023"),
                read("<table><tr><td>Belopp tkr</td><td colspan=3>Utfall 2023</td><td>Budget 2023</td></tr></table>"));
    }

    @Test
    void nestedTableCellsStayInsideTheirOuterCell() throws Exception {
        assertEquals(List.of("Insats\tA 1 B 2"),
                read("<table><tr><td>Insats</td><td><table><tr><td>A</td><td>1</td></tr>"
                        + "<tr><td>B</td><td>2</td></tr></table></td></tr></table>"));
    }

    @Test
    void deeplyNestedHtmlDoesNotCrash() throws Exception {
        String html = "<div>".repeat(100_000) + "Djupt inne" + "</div>".repeat(100_000);
        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(html));
        assertTrue(lines.contains("Djupt inne"));
    }

    @Test
    void latin1HtmlIsDecoded() throws Exception {
        byte[] bytes = "<p>Söderåsens samordningsförbund</p>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(List.of("Söderåsens samordningsförbund"), reader.read("r.htm", bytes).lines());
    }
}
