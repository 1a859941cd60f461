package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssociationNamesTest {

    @Test
    void slugFollowsTheDesignRules() {
        assertEquals("soderasen", AssociationNames.slug("Söderåsens samordningsförbund"));
        assertEquals("sodra-vatterbygden", AssociationNames.slug("Samordningsförbundet Södra Vätterbygden"));
        assertEquals("samsund", AssociationNames.slug("Samordningsförbundet Samsund"));
        assertEquals("vastra-ostergotland", AssociationNames.slug("Västra Östergötlands samordningsförbund"));
    }

    @Test
    void theAssociationNamingItselfMostOftenWinsOverOnesItMentions() {
        List<String> lines = List.of("Årsredovisning 2023", "Samordningsförbundet", "Samsund", "",
                "Projektet drivs via Samordningsförbundet Östra Södertörn.",
                "Samordningsförbundet Samsund är ingen egen arbetsgivare.",
                "Samordningsförbundet Samsunds sjätte verksamhetsår.");
        assertEquals("samsund", AssociationNames.find(lines).orElseThrow().id());
    }

    @Test
    void aNameThatWasMarkupIsNoNameAndTheNextLineDoesNotBecomeOne() {
        // "Samordningsförbundet <img src=x>": the normaliser removes the tag, the word stands alone on its line.
        List<String> lines = List.of("Samordningsförbundet", "Årsredovisning 2023", "Verksamhetens intäkter\t3 000");
        assertEquals(java.util.Optional.empty(), AssociationNames.find(lines));
        List<String> named = List.of("Samordningsförbundet", "Årsredovisning 2023",
                "Samordningsförbundet Exempel har fyra medlemmar.");
        assertEquals("exempel", AssociationNames.find(named).orElseThrow().id());
    }
}
