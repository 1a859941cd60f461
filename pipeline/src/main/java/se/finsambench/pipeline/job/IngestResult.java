package se.finsambench.pipeline.job;

import java.util.List;
import java.util.Map;

/**
 * What a run did, for the summary and the manifest.
 *
 * @param documentsByStatusAndType "status|doc_type" → number of input files
 * @param rejectedReasons          reason → number of rejected files ("duplicate of …" counted as one reason)
 * @param tableRows                table → rows written
 * @param notices                  corrections that match nothing, invalid correction lines, indicator errors
 * @param stageMillis              stage → wall time in ms, in run order
 * @param stageCpuMillis           stage → CPU time of the whole process in ms (all cores; local masters run the
 *                                 tasks in this process)
 * @param peakHeapBytes            the driver JVM's peak heap use (the whole heap just before its fullest collection, see JvmUsage)
 * @param fromCache                files whose extraction was taken from the lake's extraction cache
 * @param extracted                files read and extracted (or rejected) by this run
 */
public record IngestResult(String runId, String lake, String snapshot, String duckdb, long inputFiles,
                           Map<String, Long> documentsByStatusAndType, Map<String, Long> rejectedReasons,
                           Map<String, Long> tableRows, long selectedFacts, long failedChecks, List<String> notices,
                           Map<String, Long> stageMillis, Map<String, Long> stageCpuMillis, long peakHeapBytes,
                           long fromCache, long extracted) {

    public long documentsWithStatus(String status) {
        return documentsByStatusAndType.entrySet().stream().filter(e -> e.getKey().startsWith(status + "|"))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
