package se.finsambench.webapp.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.Lake;

/**
 * Document files as the pages name them: relative to the folder the run read (the longest folder all source paths
 * share), never the server's absolute path, and by file name where space is short (the relative path on hover).
 */
public final class SourceFiles {

    private final Lake lake;

    public SourceFiles(Lake lake) {
        this.lake = lake;
    }

    /** The rows with {@code source_path} replaced by {@code file} (relative) and {@code file_name}. */
    public List<Map<String, Object>> named(List<Map<String, Object>> rows) {
        return rows.stream().map(this::named).toList();
    }

    public Map<String, Object> named(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>(row);
        Object path = out.remove("source_path");
        String file = relative(path == null ? null : path.toString());
        out.put("file", file);
        out.put("file_name", file == null ? null : file.substring(file.lastIndexOf('/') + 1));
        return out;
    }

    public String relative(String path) {
        if (path == null) {
            return null;
        }
        String root = root();
        return path.startsWith(root) ? path.substring(root.length()) : path.substring(path.lastIndexOf('/') + 1);
    }

    private String root() {
        return lake.cached("documents.root", () -> {
            String common = null;
            for (Map<String, Object> r : lake.query("SELECT DISTINCT source_path FROM documents WHERE source_path IS NOT NULL")) {
                String p = (String) r.get("source_path");
                String dir = p.substring(0, p.lastIndexOf('/') + 1);
                if (common == null) {
                    common = dir;
                } else {
                    int i = 0;
                    while (i < common.length() && i < dir.length() && common.charAt(i) == dir.charAt(i)) {
                        i++;
                    }
                    common = common.substring(0, common.lastIndexOf('/', i - 1) + 1);
                }
            }
            return common == null ? "/" : common;
        });
    }
}
