package se.finsambench.pipeline.generate;

import java.util.Map;
import java.util.TreeMap;

/** What a generator run wrote: documents by type and by format, truth rows, flawed documents, time. */
public record CorpusSummary(int associations, int documents, Map<String, Integer> byType, Map<String, Integer> byFormat,
                            int truthRows, int flawedDocuments, long millis) {

    public String describe() {
        return String.format("%d documents for %d associations (%s; %s), %d truth rows, %d flawed documents, %.1f s",
                documents, associations, join(byType), join(byFormat), truthRows, flawedDocuments, millis / 1000.0);
    }

    private static String join(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(counts).forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        return out.toString();
    }
}
