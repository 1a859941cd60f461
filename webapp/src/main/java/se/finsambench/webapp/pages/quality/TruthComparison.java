package se.finsambench.webapp.pages.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Matches the lake's selected facts against ground truth: found and equal, found but different, not found. */
final class TruthComparison {

    private TruthComparison() {
    }

    static Map<String, Object> compare(Truth truth, List<Map<String, Object>> selected, int cap) {
        Map<String, List<Map<String, Object>>> byKey = new HashMap<>();
        for (Map<String, Object> f : selected) {
            String path = (String) f.get("source_path");
            String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            byKey.computeIfAbsent(key(name, f.get("association_id"), f.get("period_end"), f.get("scenario"), f.get("concept"),
                            f.get("member")),
                    k -> new ArrayList<>()).add(f);
        }
        int matched = 0;
        int wrong = 0;
        int missing = 0;
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Truth.Expected e : truth.rows()) {
            String name = e.file().substring(e.file().lastIndexOf('/') + 1);
            List<Map<String, Object>> found = byKey.get(key(name, e.associationId(), e.periodEnd(), e.scenario(), e.concept(),
                    e.member()));
            Map<String, Object> fact = found == null ? null : found.get(0);
            String outcome;
            if (fact == null) {
                missing++;
                outcome = "saknas";
            } else if (Math.abs((Double) fact.get("value") - e.value()) <= e.tolerance() + 0.5) {
                matched++;
                continue;
            } else {
                wrong++;
                outcome = "fel värde";
            }
            if (problems.size() < cap) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("outcome", outcome);
                p.put("file", e.file());
                p.put("association_id", e.associationId());
                p.put("period_end", e.periodEnd());
                p.put("scenario", e.scenario());
                p.put("concept", e.concept());
                p.put("member", e.member());
                p.put("expected", e.value());
                p.put("actual", fact == null ? null : fact.get("value"));
                p.put("doc_id", fact == null ? null : fact.get("doc_id"));
                p.put("source_line", fact == null ? null : fact.get("source_line"));
                problems.add(p);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", truth.file().getFileName().toString());
        out.put("total", truth.rows().size());
        out.put("matched", matched);
        out.put("wrong", wrong);
        out.put("missing", missing);
        out.put("problems", problems);
        out.put("truncated", wrong + missing > problems.size());
        return out;
    }

    /** File names repeat across associations (arsredovisning-2023.pdf), so the association is part of the key. */
    private static String key(Object file, Object association, Object periodEnd, Object scenario, Object concept, Object member) {
        return file + "|" + association + "|" + periodEnd + "|" + scenario + "|" + concept + "|" + (member == null ? "" : member);
    }
}
