package se.finsambench.pipeline.job;

/** Input paths as shown in the lake: plain paths for local files, full URIs for hdfs:, s3a: and the like. */
final class SourcePaths {

    private SourcePaths() {
    }

    static String display(String hadoopPath) {
        if (hadoopPath.startsWith("file://")) {
            return hadoopPath.substring("file://".length());
        }
        return hadoopPath.startsWith("file:") ? hadoopPath.substring("file:".length()) : hadoopPath;
    }

    static String uri(String displayed) {
        return displayed.startsWith("/") ? "file://" + displayed : displayed;
    }
}
