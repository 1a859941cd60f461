package se.finsambench.webapp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTimingComparisonTest {

    private static SqlTiming timing(double[] api, double[] direct) {
        SqlTiming t = new SqlTiming();
        for (double a : api) {
            t.api(a);
        }
        for (double d : direct) {
            t.direct(d);
        }
        return t;
    }

    @Test
    void theOverheadIsTheRatioOfTheMediansNotOfTheMeans() {
        SqlTiming t = timing(new double[] {12, 11, 400, 13, 12}, new double[] {10, 10, 11, 9, 10});
        assertEquals(12, t.apiMedian());
        assertEquals(10, t.directMedian());
        assertEquals(1.2, t.ratio(), 1e-9);
        assertTrue(t.withinTarget(), "1.2× is within the target");
    }

    @Test
    void aSlowerApiMissesTheTarget() {
        assertFalse(timing(new double[] {13, 13}, new double[] {10, 10}).withinTarget());
    }

    @Test
    void anEvenNumberOfSamplesTakesTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 3.0, 2.0)));
    }

    @Test
    void figuresAreTheMedianOfRunsWithTheRatioHeldAgainstTheTarget() {
        List<SqlTiming> runs = List.of(timing(new double[] {11}, new double[] {10}), timing(new double[] {30}, new double[] {10}),
                timing(new double[] {12}, new double[] {10}));
        List<Measurement> m = SqlOverheadBench.figures("q", runs, null);
        assertEquals(List.of("ms via /api/sql", "ms via JDBC", "ratio"), m.stream().map(Measurement::metric).toList());
        assertEquals(12, m.get(0).median());
        assertEquals(30, m.get(0).max());
        assertEquals(1.2, m.get(2).median(), 1e-9);
        assertEquals("yes", m.get(2).verdict());
        assertEquals("", m.get(1).verdict());
    }

    @Test
    void aTimeTargetIsHeldAgainstTheApiMedian() {
        List<Measurement> m = SqlOverheadBench.figures("big", List.of(timing(new double[] {1500}, new double[] {900})), 1000.0);
        assertEquals("NO", m.get(0).verdict());
        assertEquals("≤ 1000", m.get(0).target().toString());
    }

    @Test
    void noDirectTimeCannotBeCompared() {
        assertThrows(IllegalStateException.class, () -> timing(new double[] {1}, new double[] {0}).ratio());
    }
}
