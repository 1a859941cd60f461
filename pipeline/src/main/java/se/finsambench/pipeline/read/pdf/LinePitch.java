package se.finsambench.pipeline.read.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distance between the baselines of two lines of one paragraph, per font size, as the document sets
 * it: the lower quartile of the distances between consecutive lines of the same size, one under the other
 * (paragraph spacing only ever adds to it; a recognised scan's baselines wobble a little).
 */
final class LinePitch {
    private final Map<Integer, Float> bySize = new HashMap<>();

    LinePitch(List<PdfPage> pages) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (PdfPage page : pages) {
            List<TextLine> lines = page.lines();
            for (int i = 1; i < lines.size(); i++) {
                TextLine a = lines.get(i - 1);
                TextLine b = lines.get(i);
                float delta = b.baseline() - a.baseline();
                float overlap = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
                boolean stacked = overlap > 0.5f * Math.min(a.x1() - a.x0(), b.x1() - b.x0()); // not two columns' lines
                if (stacked && Math.abs(a.fontSize() - b.fontSize()) < 0.3f && delta > 0.8f * a.fontSize()
                        && delta < 2.5f * a.fontSize()) {
                    counts.computeIfAbsent(key(a.fontSize()), k -> new HashMap<>())
                            .merge(Math.round(delta * 2), 1, Integer::sum);
                }
            }
        }
        counts.forEach((size, deltas) -> {
            int total = deltas.values().stream().mapToInt(Integer::intValue).sum();
            int seen = 0;
            for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(deltas).entrySet()) {
                seen += e.getValue();
                if (4 * seen >= total) {
                    bySize.put(size, e.getKey() / 2f);
                    break;
                }
            }
        });
    }

    /** Never more than 1.3 font sizes (single line spacing, or a little more): a size used only for headings shows their spacing. */
    float of(float fontSize) {
        Float pitch = bySize.get(key(fontSize));
        return pitch != null ? Math.min(pitch, 1.3f * fontSize) : 1.2f * fontSize;
    }

    private static int key(float fontSize) {
        return Math.round(fontSize * 2);
    }
}
