package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.read.SourceManifest;
import se.finsambench.pipeline.read.TextDocument;

class IdentityFallbackTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaults();
    private static final List<String> UNNAMED = List.of("Årsredovisning 2022", "", "Verksamhetens intäkter\t8 200 000",
            "Årets resultat\t-2 100 000");

    static SourceManifest manifest() throws IOException {
        return SourceManifest.read(new StringReader("""
                file,url,organisation,layout
                named-by-manifest.txt,https://finsamroslagen.se/x,Samordningsförbundet Roslagen,news
                reports/suvs/site-only.txt,https://www.finsamsuvs.se/blog/a,,news
                """));
    }

    private static ExtractionResult resolve(String path, List<String> lines) throws IOException {
        return IdentityFallback.resolve(EXTRACTOR.extract(new TextDocument(path, "txt", lines)), path, manifest());
    }

    @Test
    void theTextComesFirstThenTheManifestThenTheFolder() throws IOException {
        ExtractionResult own = resolve("reports/elsewhere/own.txt",
                List.of("Samordningsförbundet Södra Vätterbygden", "Årsredovisning 2022", "Årets resultat\t100"));
        assertEquals("sodra-vatterbygden " + IdentitySource.TEXT, own.info().associationId() + " " + own.info().identitySource());

        ExtractionResult byName = resolve("named-by-manifest.txt", UNNAMED);
        assertEquals("roslagen", byName.info().associationId());
        assertEquals("Samordningsförbundet Roslagen", byName.info().associationName());
        assertEquals(IdentitySource.MANIFEST, byName.info().identitySource());
        assertTrue(byName.problems().stream().noneMatch(p -> p.equals(ReportExtractor.UNIDENTIFIED)), byName.problems().toString());

        ExtractionResult bySite = resolve("reports/suvs/site-only.txt", UNNAMED);
        assertEquals("suvs " + IdentitySource.MANIFEST + " finsamsuvs.se",
                bySite.info().associationId() + " " + bySite.info().identitySource() + " " + bySite.info().associationName());

        ExtractionResult byFolder = resolve("Söderåsen/2022/ar.txt", UNNAMED);
        assertEquals("soderasen " + IdentitySource.FOLDER, byFolder.info().associationId() + " " + byFolder.info().identitySource());
    }

    @Test
    void aFileAtTheTopWithoutAManifestRowStaysUnidentified() throws IOException {
        ExtractionResult loose = resolve("loose.txt", UNNAMED);
        assertNull(loose.info().associationId());
        assertNull(loose.info().identitySource());
        assertEquals(ReportExtractor.UNIDENTIFIED, loose.problems().get(0));
    }

    @Test
    void websitesNameTheAssociationWithoutTheirSamordningsforbundPrefix() {
        assertEquals("roslagen", IdentityFallback.siteId("https://finsamroslagen.se/styrelsesammantradet"));
        assertEquals("ostrasodertorn", IdentityFallback.siteId("www.samordningsforbundetostrasodertorn.se"));
        assertEquals("finnveden", IdentityFallback.siteId("finnveden.se"));
    }
}
