package se.finsambench.pipeline.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.finsambench.pipeline.extract.InterventionNames;

/**
 * One name per insats across all of an association's documents. Each document already resolves its own spellings
 * (its {@code interventions} rows: a name and the aliases it stands for); reports of different years still differ
 * ("Hållbar" in an interim report, "Hållbar återgång" in the annual reports). Names that share an alias, or that
 * {@link InterventionNames#sameInsats} takes for one insats, are one insats; its name is the one most documents
 * use (the longer on a tie, then the first in Swedish order).
 */
public final class InterventionCanon {

    /** One document's insats: the name it uses and the spellings it stands for. */
    public record Named(String docId, String name, List<String> aliases) {
    }

    private InterventionCanon() {
    }

    /** Every spelling (names and aliases) of the association's documents → its canonical name. */
    public static Map<String, String> canonical(List<Named> rows) {
        List<String> spellings = new ArrayList<>(new TreeSet<>(spellings(rows)));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < spellings.size(); i++) {
            index.put(spellings.get(i), i);
        }
        int[] parent = new int[spellings.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Named r : rows) {
            for (String a : r.aliases()) {
                union(parent, index.get(r.name()), index.get(a));
            }
        }
        for (int i = 0; i < spellings.size(); i++) {
            for (int j = i + 1; j < spellings.size(); j++) {
                if (!AdministrationLines.isAdministration(spellings.get(i)) && !AdministrationLines.isAdministration(spellings.get(j))
                        && InterventionNames.sameInsats(spellings.get(i), spellings.get(j), null)) {
                    union(parent, i, j);
                }
            }
        }
        Map<String, java.util.Set<String>> docsByName = new HashMap<>();
        rows.forEach(r -> docsByName.computeIfAbsent(r.name(), k -> new TreeSet<>()).add(r.docId()));
        Map<Integer, String> best = new TreeMap<>();
        for (int i = 0; i < spellings.size(); i++) {
            String s = spellings.get(i);
            int root = find(parent, i);
            String current = best.get(root);
            if (current == null || better(s, current, docsByName)) {
                best.put(root, s);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < spellings.size(); i++) {
            out.put(spellings.get(i), best.get(find(parent, i)));
        }
        return out;
    }

    private static boolean better(String a, String b, Map<String, java.util.Set<String>> docsByName) {
        int da = docsByName.getOrDefault(a, java.util.Set.of()).size();
        int db = docsByName.getOrDefault(b, java.util.Set.of()).size();
        if (da != db) {
            return da > db;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length();
        }
        return a.compareTo(b) < 0;
    }

    private static List<String> spellings(List<Named> rows) {
        List<String> out = new ArrayList<>();
        for (Named r : rows) {
            out.add(r.name());
            out.addAll(r.aliases());
        }
        return out;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
