package se.finsambench.pipeline.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.Origin;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.extract.Unit;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.TextDocument;

/**
 * No figure is ever a wrapped fragment: a generated statement table is set in a text column of random width
 * (so labels, headers and figures wrap inside their cells, "7 509 / 712"), in a random house style, exported
 * to PDF by the generator's office-style renderer and read back. Every figure the extractor takes from it must
 * be one of the table's figures, whole.
 */
class WrappedCellsPropertyTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaults();
    private static final DocumentReader READER = new DocumentReader();
    private static final List<String> LABELS = List.of("Verksamhetens intäkter", "Medlemsbidrag från Försäkringskassan",
            "Medlemsbidrag från Region", "Medlemsbidrag från kommunerna", "Övriga intäkter", "Verksamhetens kostnader",
            "Kostnader för insatser", "Personalkostnader", "Övriga externa kostnader", "Summa kostnader",
            "Verksamhetens resultat", "Finansiella intäkter", "Årets resultat", "Eget kapital vid årets slut");

    /**
     * A statement table: a header of years, rows of a label and one amount per year; the unit either in the
     * header's first cell or on a line of its own just above the table, as Word users write it.
     */
    record Table(int firstYear, List<String> labels, List<long[]> amounts, boolean unitAbove) {
        List<String> lines() {
            List<String> out = new ArrayList<>(List.of("Årsredovisning " + firstYear + " för Samordningsförbundet Provdal",
                    "", "Resultaträkning", ""));
            if (unitAbove) {
                out.add("Belopp i kronor");
            }
            StringBuilder header = new StringBuilder(unitAbove ? "" : "Belopp i kronor");
            int years = amounts.get(0).length;
            for (int y = 0; y < years; y++) {
                header.append("\tBokslut ").append(firstYear - y);
            }
            out.add(header.toString());
            for (int r = 0; r < labels.size(); r++) {
                StringBuilder row = new StringBuilder(labels.get(r));
                for (long v : amounts.get(r)) {
                    row.append('\t').append(SwedishFormat.grouped(v, "-"));
                }
                out.add(row.toString());
            }
            return out;
        }

        Set<Long> figures() {
            Set<Long> out = new TreeSet<>();
            amounts.forEach(a -> {
                for (long v : a) {
                    out.add(Math.abs(v));
                }
            });
            return out;
        }
    }

    @Property(tries = 40)
    void everyFigureReadFromAWrappedTableIsAFigureOfTheTable(@ForAll("tables") Table table,
                                                              @ForAll("styles") OfficeStyle style) throws Exception {
        TextDocument pdf = READER.read("provdal.pdf", OfficePdf.render(style, table.lines()));
        ExtractionResult result = EXTRACTOR.extract(pdf);
        Set<Long> figures = table.figures();
        Statistics.label("facts read").collect(table.unitAbove() ? "unit above" : "unit in header",
                result.facts().isEmpty() ? "none" : "some");
        for (Fact f : result.facts()) {
            if (f.unit() != Unit.SEK || f.origin().isDerived() || f.origin().equals(Origin.EQUITY_SUM)) {
                continue;
            }
            long value = Math.round(Math.abs(f.value()));
            assertTrue(figures.contains(value), () -> String.format(Locale.ROOT,
                    "%s = %d (line %d '%s') is not a figure of the table %s; style %s, read as:%n%s", f.key(), value,
                    f.sourceLine(), f.sourceText(), figures, style, String.join("\n", pdf.lines())));
        }
    }

    /** The property is not empty: a table whose figures and labels wrap is read, its figures whole. */
    @Example
    void aTableSetInANarrowColumnIsReadWithItsWrappedFiguresWhole() throws Exception {
        Table table = new Table(2023, List.of("Verksamhetens intäkter", "Verksamhetens kostnader", "Årets resultat"),
                List.of(new long[] {7_509_712, 6_981_402}, new long[] {-7_436_180, -7_010_655}, new long[] {73_532, -29_253}),
                true);
        OfficeStyle s = OfficeStyle.ALL[2];
        OfficeStyle narrow = new OfficeStyle(s.name(), s.regular(), s.bold(), s.size(), 215, 215, s.borders(),
                s.repeatHeader(), s.header(), s.footer());
        byte[] bytes = OfficePdf.render(narrow, table.lines());
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String raw = new PDFTextStripper().getText(document);
            assertFalse(raw.contains("7 509 712"), "the figure does not wrap in this column, so nothing is tested:\n" + raw);
        }
        TextDocument pdf = READER.read("provdal.pdf", bytes);
        String text = String.join("\n", pdf.lines());
        ExtractionResult result = EXTRACTOR.extract(pdf);
        assertTrue(result.facts().stream().anyMatch(f -> f.concept().equals("revenue_total") && f.fiscalYear() == 2023
                && Math.round(f.value()) == 7_509_712), () -> result.facts() + "\n" + text);
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1, 4);
        Arbitrary<List<String>> labels = Arbitraries.of(LABELS).list().ofMinSize(2).ofMaxSize(8).uniqueElements();
        return Combinators.combine(Arbitraries.integers().between(2019, 2025), years, labels, Arbitraries.of(true, false))
                .flatAs((year, n, names, above) -> amount().array(long[].class).ofSize(n).list().ofSize(names.size())
                        .map(rows -> new Table(year, names, rows, above)));
    }

    /** Amounts of one to eight digits, some negative, so digit groups wrap in different places. */
    private static Arbitrary<Long> amount() {
        Arbitrary<Long> magnitude = Arbitraries.integers().between(1, 8)
                .flatMap(digits -> Arbitraries.longs().between(digits == 1 ? 1 : (long) Math.pow(10, digits - 1),
                        (long) Math.pow(10, digits) - 1));
        return Combinators.combine(magnitude, Arbitraries.of(1, 1, 1, -1)).as((m, sign) -> m * sign);
    }

    /** A house style whose text column is anywhere from a normal A4 column to one a few words wide. */
    @Provide
    Arbitrary<OfficeStyle> styles() {
        return Combinators.combine(Arbitraries.of(OfficeStyle.ALL), Arbitraries.floats().between(50, 220))
                .as((s, margin) -> new OfficeStyle(s.name(), s.regular(), s.bold(), s.size(), margin, margin,
                        s.borders(), s.repeatHeader(), s.header(), s.footer()));
    }
}
