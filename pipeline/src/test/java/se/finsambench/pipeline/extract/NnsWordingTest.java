package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NNS wording as seed 002 (Sydnärke 2021) states it, read line by line as the lake keeps them. */
class NnsWordingTest {

    private static final Path SEED = Path.of("..", "..", "shared", "corpus", "seeds", "002_601eb6cbae367880.txt");

    @Test
    void theWordingOfEachIndicatorComesFromItsTableRow() throws Exception {
        List<String> lines = Files.readAllLines(seed());
        String one = lines.stream().filter(l -> l.startsWith("1\t")).findFirst().orElseThrow();
        assertEquals("Deltagare känner att de insatser som erbjuds är organiserade runt deras behov (personcentrerade)",
                NnsWording.wording(one));
        String seven = lines.stream().filter(l -> l.startsWith("7\t")).findFirst().orElseThrow();
        assertTrue(NnsWording.wording(seven).startsWith("Deltagarna upplever att det har skett en stegförflyttning"));
        assertNull(NnsWording.wording("Nr\tIndikator\tResultat totalt i %"));
        assertNull(NnsWording.wording("3\tHögre 76 / 86"));
    }

    @Test
    void klartPositivaIsDefinedByTheSentenceThatNamesIt() throws Exception {
        List<String> defined = Files.readAllLines(seed()).stream().map(NnsWording::definition)
                .filter(java.util.Objects::nonNull).toList();
        assertEquals(1, defined.size(), defined.toString());
        assertTrue(defined.get(0).contains("de två mest positiva svaren"), defined.get(0));
        assertTrue(defined.get(0).contains("klart positiva"), defined.get(0));
        assertNull(NnsWording.definition("Indikator 9. Deltagarnas erfarenhet tillvaratas. Andel klart positiva svar. 2022-2023."));
        assertNull(NnsWording.definition("\t\t\t\tKlart positiva\t"));
    }

    private static Path seed() {
        Path p = SEED;
        if (!Files.exists(p)) {
            p = Path.of("..", "shared", "corpus", "seeds", "002_601eb6cbae367880.txt");
        }
        return p;
    }
}
