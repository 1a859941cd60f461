package se.finsambench.pipeline.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * National averages of the NNS indicators (% clearly positive answers) per year, drifting a little
 * around levels like those the seeds report. Indicators 11 and 16 have no measure in the period.
 */
final class NnsNational {

    static final List<Integer> MEASURED = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15);
    private static final Map<Integer, Integer> LEVEL = Map.ofEntries(Map.entry(1, 76), Map.entry(2, 78),
            Map.entry(3, 77), Map.entry(4, 68), Map.entry(5, 53), Map.entry(6, 64), Map.entry(7, 60), Map.entry(8, 63),
            Map.entry(9, 51), Map.entry(10, 32), Map.entry(12, 50), Map.entry(13, 56), Map.entry(14, 58), Map.entry(15, 23));

    private final Map<Integer, Map<Integer, Integer>> byYear = new HashMap<>();

    NnsNational(Random random, int fromYear, int toYear) {
        for (int year = fromYear; year <= toYear; year++) {
            Map<Integer, Integer> values = new TreeMap<>();
            for (int indicator : MEASURED) {
                values.put(indicator, LEVEL.get(indicator) + random.nextInt(7) - 3);
            }
            byYear.put(year, values);
        }
    }

    int average(int year, int indicator) {
        return byYear.get(year).get(indicator);
    }

    /** An association's own result: the national level give or take fifteen points. */
    Map<Integer, Integer> drawOwn(Random random, int year) {
        Map<Integer, Integer> own = new TreeMap<>();
        for (int indicator : MEASURED) {
            int v = average(year, indicator) + random.nextInt(31) - 15;
            own.put(indicator, Math.max(5, Math.min(100, v)));
        }
        return own;
    }
}
