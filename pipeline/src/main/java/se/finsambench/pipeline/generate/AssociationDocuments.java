package se.finsambench.pipeline.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.finsambench.pipeline.evaluate.TruthRow;

/** Every document of one association over the years: annual report, interim report, one to three minutes. */
final class AssociationDocuments {

    private AssociationDocuments() {
    }

    static List<GeneratedDocument> write(Association a, GeneratorSettings settings, NnsNational national, Random random) {
        Map<Integer, YearFinance> years = FinanceSimulator.simulate(a, settings.fromYear(), settings.toYear(), random, national);
        boolean markdownMinutes = random.nextDouble() < 0.4;
        List<GeneratedDocument> out = new ArrayList<>();
        for (int year = settings.fromYear(); year <= settings.toYear(); year++) {
            ReportContext c = new ReportContext(a, years, year, national, new Random(random.nextLong()));
            out.add(document(c, a.id() + "_arsredovisning_" + year, "annual_report", year, ReportContext.yearEnd(year),
                    AnnualReportWriter.write(c), markdownMinutes, false));
            LocalDate interimEnd = InterimReportWriter.periodEnd(c);
            out.add(document(c, a.id() + "_delarsrapport_" + interimEnd.toString().substring(0, 7), "interim_report", year,
                    interimEnd, InterimReportWriter.write(c), markdownMinutes, false));
            List<MinutesWriter.Kind> kinds = new ArrayList<>(List.of(MinutesWriter.Kind.AUTUMN_BUDGET));
            if (c.chance(0.5)) {
                kinds.add(0, MinutesWriter.Kind.SPRING);
            }
            if (c.chance(0.35)) {
                kinds.add(kinds.size() - 1, MinutesWriter.Kind.GRANT);
            }
            int number = 1 + c.random().nextInt(2);
            for (MinutesWriter.Kind kind : kinds) {
                LocalDate date = MinutesWriter.date(c, kind);
                out.add(document(c, a.id() + "_protokoll_" + date, "minutes", year, null,
                        MinutesWriter.write(c, kind, date, number), markdownMinutes, true));
                number += 1 + c.random().nextInt(2);
            }
        }
        return out;
    }

    private static GeneratedDocument document(ReportContext c, String baseName, String type, int year, LocalDate end,
                                              DocumentDraft draft, boolean markdownMinutes, boolean minutes) {
        String format = DocumentFormats.choose(c.random(), minutes, markdownMinutes);
        String file = baseName + "." + format;
        List<TruthRow> truth = draft.truth(file, c.association().id(), type);
        byte[] bytes = DocumentFormats.render(format, baseName, draft.lines());
        return new GeneratedDocument(file, c.association().id(), type, year, end, format, bytes, truth, draft.flaws());
    }
}
