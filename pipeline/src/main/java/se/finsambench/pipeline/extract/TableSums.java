package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A guard: a table whose own sums do not add up — a "Summa …" or "Totalt" row that no grouping of the rows
 * above it (since the previous sum or caption) adds up to — has misread figures somewhere, so none of its
 * figures outranks a prose statement of the same figure with another value. Hierarchical tables (group rows
 * that are themselves the sums of the rows under them) add up either through the groups or through the
 * rows under them.
 */
final class TableSums {
    private static final Pattern SUM_LABEL = Pattern.compile("(?iu)^(summa|totalt|total|totala|s:a)\\b.*");

    private TableSums() {
    }

    /** The 1-based lines of the tables in these lines whose sums do not add up. */
    static Set<Integer> failing(List<String> lines) {
        Set<Integer> out = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).indexOf('\t') < 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < lines.size() && lines.get(i).indexOf('\t') >= 0) {
                i++;
            }
            if (!addsUp(lines.subList(start, i))) {
                for (int k = start; k < i; k++) {
                    out.add(k + 1);
                }
            }
        }
        return out;
    }

    private static boolean addsUp(List<String> table) {
        List<String[]> rows = table.stream().map(l -> l.split("\t", -1)).toList();
        // Each cell read once; the checks below ask for the same cells again and again.
        Double[][] values = new Double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            values[r] = new Double[rows.get(r).length];
            for (int c = 1; c < values[r].length; c++) {
                values[r][c] = number(rows.get(r)[c]);
            }
        }
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int r = 0; r < rows.size(); r++) {
            String label = rows.get(r)[0].strip();
            boolean numbers = hasNumber(values[r]);
            if (numbers && maySum(label) && SUM_LABEL.matcher(label).matches()) {
                for (int c = 1; c < rows.get(r).length; c++) {
                    if (!columnAddsUp(rows, values, starts, r, c)) {
                        return false;
                    }
                }
                starts = new ArrayList<>(List.of(r + 1));
            } else if (!numbers) {
                starts.add(r + 1); // a caption: the parts of the next sum may start under it, or above it
            }
        }
        return true;
    }

    /**
     * Rows from one of the starts up to the sum row add up, in column c, to the sum row's cell — directly or
     * through their groups. A column with a cell that is not a plain figure ("843 007 (16%)") is not checked.
     */
    private static boolean columnAddsUp(List<String[]> rows, Double[][] values, List<Integer> starts, int sum, int c) {
        Double total = value(values, sum, c);
        if (total == null) {
            return true;
        }
        for (int r = starts.get(0); r < sum; r++) {
            String cell = c < rows.get(r).length ? rows.get(r)[c].strip() : "";
            if (!cell.isEmpty() && !cell.equals("-") && !cell.equals("–") && value(values, r, c) == null) {
                return true; // not a plain figure: nothing to check
            }
        }
        boolean checked = false;
        for (int from : starts) {
            List<Double> parts = new ArrayList<>();
            for (int r = from; r < sum; r++) {
                Double v = value(values, r, c);
                if (v != null) {
                    parts.add(v);
                }
            }
            if (parts.size() < 2) {
                continue;
            }
            checked = true;
            double tolerance = parts.size() + 1; // each figure may be rounded to whole units
            if (close(parts, total, tolerance) || groupsAddUp(parts, total, tolerance)) {
                return true;
            }
        }
        return !checked;
    }

    /** Some parts are the sums of the parts after them: the groups alone, or the rest alone, add up. */
    private static boolean groupsAddUp(List<Double> parts, double total, double tolerance) {
        List<Double> heads = new ArrayList<>();
        List<Double> members = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            double head = parts.get(i);
            double running = 0;
            int j = i + 1;
            while (j < parts.size() && Math.abs(running) < Math.abs(head) - tolerance) {
                running += parts.get(j);
                j++;
            }
            if (j > i + 1 && Math.abs(Math.abs(running) - Math.abs(head)) <= tolerance) {
                heads.add(head);
                members.addAll(parts.subList(i + 1, j));
                i = j;
            } else {
                heads.add(head);
                members.add(head);
                i++;
            }
        }
        return close(heads, total, tolerance) || close(members, total, tolerance);
    }

    private static boolean close(List<Double> parts, double total, double tolerance) {
        double sum = 0;
        double magnitudes = 0;
        for (double p : parts) {
            sum += p;
            magnitudes += Math.abs(p);
        }
        return Math.abs(sum - total) <= tolerance || Math.abs(magnitudes - Math.abs(total)) <= tolerance;
    }

    private static boolean hasNumber(Double[] row) {
        for (int c = 1; c < row.length; c++) {
            if (row[c] != null) {
                return true;
            }
        }
        return false;
    }

    private static Double value(Double[][] values, int r, int c) {
        return c < values[r].length ? values[r][c] : null;
    }

    /** {@link #SUM_LABEL} is tried only on labels starting with one of its words' first letters (or beyond ASCII). */
    private static boolean maySum(String label) {
        return !label.isEmpty() && (label.charAt(0) > 127 || "sStT".indexOf(label.charAt(0)) >= 0);
    }

    /**
     * A plain figure, {@code [-−–]?\\d{1,3}(?: \\d{3})*(?:,\\d+)?} and nothing else ("-1 234,5"), read by a scan
     * of its chars; null for any other cell.
     */
    private static Double number(String raw) {
        String cell = raw.strip();
        int i = 0;
        int n = cell.length();
        if (i < n && (cell.charAt(i) == '-' || cell.charAt(i) == '−' || cell.charAt(i) == '–')) {
            i++;
        }
        int lead = digits(cell, i);
        if (lead < 1 || lead > 3) {
            return null;
        }
        i += lead;
        while (i < n && cell.charAt(i) == ' ' && digits(cell, i + 1) == 3) {
            i += 4;
        }
        if (i < n && cell.charAt(i) == ',' && digits(cell, i + 1) >= 1) {
            i += 1 + digits(cell, i + 1);
        }
        if (i != n) {
            return null;
        }
        return Double.parseDouble(cell.replace(" ", "").replace(',', '.').replace('−', '-').replace('–', '-'));
    }

    /** How many ASCII digits stand in a row from {@code at}. */
    private static int digits(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - at;
    }

    /**
     * The facts with, for every figure a failing table states first, a prose statement of another value
     * preferred instead (ranks moved up by one for the others).
     */
    static List<Fact> preferProse(List<Fact> facts, Set<Integer> failingLines) {
        if (failingLines.isEmpty()) {
            return facts;
        }
        Map<FactKey, List<Fact>> byKey = new LinkedHashMap<>();
        facts.forEach(f -> byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
        Map<Fact, Integer> reranked = new IdentityHashMap<>();
        for (List<Fact> same : byKey.values()) {
            same.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
            Fact first = same.get(0);
            Fact prose = same.stream().filter(f -> f.origin().isProse()
                    && Math.abs(f.value() - first.value()) > f.precision() + first.precision()).findFirst().orElse(null);
            if (prose != null && !first.origin().isProse() && failingLines.contains(first.sourceLine())) {
                same.remove(prose);
                same.add(0, prose);
                for (int i = 0; i < same.size(); i++) {
                    reranked.put(same.get(i), i + 1);
                }
            }
        }
        if (reranked.isEmpty()) {
            return facts;
        }
        return facts.stream().map(f -> reranked.containsKey(f) ? f.withRank(reranked.get(f)) : f).toList();
    }
}
