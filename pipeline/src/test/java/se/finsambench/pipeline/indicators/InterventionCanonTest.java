package se.finsambench.pipeline.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterventionCanonTest {

    @Test
    void oneNamePerInsatsAcrossAnAssociationsDocuments() {
        // As the demo corpus's Backkusten: an interim report says "Hållbar", the annual reports "Hållbar återgång".
        Map<String, String> canon = InterventionCanon.canonical(List.of(
                new InterventionCanon.Named("interim-2019", "Hållbar", List.of("Hållbar", "Hållbar återgång")),
                new InterventionCanon.Named("annual-2019", "Hållbar återgång", List.of("Hållbar återgång")),
                new InterventionCanon.Named("annual-2020", "Hållbar återgång", List.of("Hållbar återgång")),
                new InterventionCanon.Named("annual-2019", "UVA", List.of("Unga vuxna i arbete (UVA)")),
                new InterventionCanon.Named("interim-2019", "UVA", List.of("Unga vuxna i arbete (UVA)", "UVA")),
                new InterventionCanon.Named("annual-2019", "Kansli", List.of("Kansli")),
                new InterventionCanon.Named("annual-2019", "Styrelse och arvode", List.of("Styrelse och arvode")),
                new InterventionCanon.Named("interim-2019", "Styrelse", List.of("Styrelse"))));
        assertEquals("Hållbar återgång", canon.get("Hållbar"));
        assertEquals("Hållbar återgång", canon.get("Hållbar återgång"));
        assertEquals("UVA", canon.get("Unga vuxna i arbete (UVA)"));
        assertEquals("Kansli", canon.get("Kansli"));
        assertFalse(canon.get("Styrelse").equals("Kansli"));
    }

    @Test
    void administrationLinesAreNeverInsatser() {
        assertTrue(AdministrationLines.isAdministration("Kansli"));
        assertTrue(AdministrationLines.isAdministration("Styrelse och arvode"));
        assertTrue(AdministrationLines.isAdministration("Kanslikostnader"));
        assertTrue(AdministrationLines.isAdministrationMember("intervention:Revision"));
        assertFalse(AdministrationLines.isAdministration("Hållbar återgång"));
        assertFalse(AdministrationLines.isAdministration("Informationsteamet"), "information is a whole word");
    }
}
