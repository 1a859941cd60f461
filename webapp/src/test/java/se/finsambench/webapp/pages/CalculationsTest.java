package se.finsambench.webapp.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsambench.webapp.pages.allocation.Lorenz;
import se.finsambench.webapp.pages.source.Highlight;
import se.finsambench.webapp.lake.Period;

class CalculationsTest {

    @Test
    void spreadUsesLinearQuartilesAndIgnoresMissingValues() {
        Spread s = Spread.of(Arrays.asList(4.0, 1.0, null, 3.0, 2.0));
        assertEquals(4, s.n());
        assertEquals(1.75, s.q1(), 1e-12);
        assertEquals(2.5, s.median(), 1e-12);
        assertEquals(3.25, s.q3(), 1e-12);
        assertEquals(1, s.quartile(1.0));
        assertEquals(4, s.quartile(3.9));
        assertEquals(0, Spread.of(List.of()).quartile(1.0));
    }

    @Test
    void giniIsZeroForAnEvenSplitAndGrowsWithInequality() {
        Lorenz even = Lorenz.of(List.of(new Lorenz.Party(100, 10), new Lorenz.Party(300, 30)));
        assertEquals(0, even.gini(), 1e-12);
        Lorenz uneven = Lorenz.of(List.of(new Lorenz.Party(0, 50), new Lorenz.Party(100, 50)));
        assertEquals(0.5, uneven.gini(), 1e-12);
        assertEquals(3, uneven.points().size());
        assertNull(Lorenz.of(List.of()).gini());
    }

    @Test
    void highlightFindsTheFigureInKrTkrAndMnkrButNotInDatesOrLawNumbers() {
        String line = "Verksamhetens kostnader 2023-12-31 enligt lag 2003:1210\t3 677";
        var span = Highlight.find(line, 3_676_590.0);
        assertEquals("3 677", line.substring(span.start(), span.end()));
        String kr = "Årets resultat\t-620 592";
        var s2 = Highlight.find(kr, -620_592.0);
        assertEquals("-620 592", kr.substring(s2.start(), s2.end()));
        String prose = "ett underskott på 212 000 kr";
        var s3 = Highlight.find(prose, -212_000.0);
        assertEquals("212 000", prose.substring(s3.start(), s3.end()));
        String pct = "Soliditet 90,9 %";
        var s4 = Highlight.find(pct, 90.9);
        assertEquals("90,9", pct.substring(s4.start(), s4.end()));
        assertNull(Highlight.find("Sida 3 av 14", 4_300_000.0));
    }

    @Test
    void groupsAndPeriodsParseOrSayWhatIsAllowed() {
        assertEquals(Group.ALL, Group.parse((String) null));
        assertEquals("liknande:soderasen", Group.parse("liknande:soderasen").param());
        assertThrows(InvalidFilterException.class, () -> Group.parse("valda:a,,b"));
        assertEquals("lan:12", Group.parse("lan:12").param());
        assertEquals("medlemmar:3", Group.parse("medlemmar:3").param());
        assertThrows(InvalidFilterException.class, () -> Group.parse("storlek:jatte"));
        assertThrows(InvalidFilterException.class, () -> Group.parse("kommun:Lund"));
        assertEquals(Period.HALVAR, Period.parse("halvar"));
        assertEquals(Period.HALVAR, Period.of("2024-08-31"));
        assertEquals(Period.HELAR, Period.of("2024-12-31"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("kvartal"));
    }

    @Test
    void indicatorCatalogKnowsNnsNumbersAndDirections() {
        assertEquals(-1, IndicatorCatalog.find("cost_per_participant").orElseThrow().better());
        assertEquals("pp", IndicatorCatalog.find("nns_12_vs_national").orElseThrow().unit());
        assertEquals(12, IndicatorCatalog.nnsNumber("nns_12_vs_national"));
        assertTrue(IndicatorCatalog.find("drop table").isEmpty());
        assertEquals(List.of("admin_share", "nns_2", "nns_10"),
                IndicatorCatalog.ordered(List.of("nns_10", "nns_2", "admin_share")).stream().map(IndicatorInfo::id).toList());
    }
}
