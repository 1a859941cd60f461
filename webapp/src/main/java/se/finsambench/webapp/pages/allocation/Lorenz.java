package se.finsambench.webapp.pages.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lorenz curve and Gini coefficient of money over people: parties sorted by money per person, cumulative
 * population share against cumulative money share. Gini = 1 − Σ (X_k − X_{k−1})(Y_k + Y_{k−1}).
 */
public record Lorenz(List<double[]> points, Double gini) {

    /** One party: its money and its people. */
    public record Party(double money, double people) {
    }

    public static Lorenz of(List<Party> parties) {
        List<Party> p = new ArrayList<>(parties.stream().filter(x -> x.people() > 0 && x.money() >= 0).toList());
        double money = p.stream().mapToDouble(Party::money).sum();
        double people = p.stream().mapToDouble(Party::people).sum();
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        if (p.isEmpty() || money <= 0 || people <= 0) {
            return new Lorenz(points, null);
        }
        p.sort(Comparator.comparingDouble(x -> x.money() / x.people()));
        double x = 0;
        double y = 0;
        double area = 0;
        for (Party party : p) {
            double nx = x + party.people() / people;
            double ny = y + party.money() / money;
            area += (nx - x) * (ny + y);
            points.add(new double[] {nx, ny});
            x = nx;
            y = ny;
        }
        return new Lorenz(points, Math.max(0, 1 - area));
    }
}
