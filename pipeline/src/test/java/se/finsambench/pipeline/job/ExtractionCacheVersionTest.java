package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.extract.BundledData;
import se.finsambench.pipeline.extract.ReportExtractor;

class ExtractionCacheVersionTest {

    @Test
    void theCacheVersionNamesTheExtractorTheRowLayoutAndTheBundledVocabulary() {
        // Editing concepts.tsv (or any file in BundledData.RESOURCES) changes the fingerprint, so the cache folder.
        assertEquals(ReportExtractor.VERSION + "." + ExtractionCache.LAYOUT + "." + BundledData.fingerprint(),
                ExtractionCache.version());
    }
}
