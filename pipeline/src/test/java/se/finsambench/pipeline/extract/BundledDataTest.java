package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledDataTest {

    @Test
    void theFingerprintChangesWithAnyBundledFileAndOnlyThen() {
        List<String> names = List.of("/lexicon/a.tsv", "/lexicon/b.tsv");
        Map<String, String> files = Map.of("/lexicon/a.tsv", "x\tconcept", "/lexicon/b.tsv", "y");
        String before = BundledData.fingerprintOf(names, files::get);

        assertEquals(before, BundledData.fingerprintOf(names, files::get));
        assertNotEquals(before, BundledData.fingerprintOf(names, Map.of("/lexicon/a.tsv", "x\tconcept2", "/lexicon/b.tsv", "y")::get));
        assertNotEquals(before, BundledData.fingerprintOf(names, Map.of("/lexicon/a.tsv", "x\tconcepty", "/lexicon/b.tsv", "")::get),
                "moving text between files is a change");
        assertTrue(BundledData.fingerprint().matches("[0-9a-f]{12}"), BundledData.fingerprint());
    }

    @Test
    void onlyListedFilesCanBeRead() {
        assertThrows(IllegalArgumentException.class, () -> BundledData.text("/lexicon/unlisted.tsv"));
        BundledData.RESOURCES.forEach(r -> assertTrue(!BundledData.text(r).isBlank(), r));
    }
}
