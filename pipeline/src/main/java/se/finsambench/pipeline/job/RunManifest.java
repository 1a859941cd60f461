package se.finsambench.pipeline.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import se.finsambench.pipeline.extract.BundledData;
import se.finsambench.pipeline.extract.ReportExtractor;

/** The JSON manifest of one run ({@code _runs/<runId>.json}). */
final class RunManifest {

    private RunManifest() {
    }

    static byte[] json(IngestResult r, IngestOptions options, String master, String sparkVersion, Instant start,
                       Instant end) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", r.runId());
        m.put("started", start.toString());
        m.put("finished", end.toString());
        m.put("input", options.input());
        m.put("lake", r.lake());
        m.put("snapshot", r.snapshot());
        m.put("spark_master", master);
        m.put("spark_version", sparkVersion);
        m.put("extractor_version", ReportExtractor.VERSION);
        m.put("extractor_data", BundledData.fingerprint());
        m.put("project_version", projectVersion());
        m.put("max_file_size", options.maxFileSize());
        m.put("corrections_file", options.corrections() == null ? null : options.corrections().toString());
        m.put("input_files", r.inputFiles());
        m.put("from_cache", r.fromCache());
        m.put("extracted", r.extracted());
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String s : new String[] {DocumentRows.OK, DocumentRows.PARTIAL, DocumentRows.REJECTED}) {
            byStatus.put(s, r.documentsWithStatus(s));
        }
        m.put("documents_by_status", byStatus);
        m.put("documents_by_status_and_type", r.documentsByStatusAndType());
        m.put("rejected_reasons", r.rejectedReasons());
        m.put("table_rows", r.tableRows());
        m.put("selected_facts", r.selectedFacts());
        m.put("failed_checks", r.failedChecks());
        m.put("notices", r.notices());
        m.put("stage_millis", r.stageMillis());
        m.put("stage_cpu_millis", r.stageCpuMillis());
        m.put("driver_peak_heap_bytes", r.peakHeapBytes());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m);
    }

    /** The Maven project version (filtered resource), "dev" if unknown. */
    static String projectVersion() {
        try (InputStream in = RunManifest.class.getResourceAsStream("/finsambench-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
