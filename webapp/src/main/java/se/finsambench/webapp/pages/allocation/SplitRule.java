package se.finsambench.webapp.pages.allocation;

import java.util.Arrays;
import se.finsambench.webapp.pages.InvalidFilterException;

/**
 * How a region might split its and its municipalities' money over the associations in the county, as a what-if.
 * The state's half is allocated nationally and is left as it is.
 */
public enum SplitRule {
    PER_INHABITANT("invanare", "Lika per invånare"),
    CURRENT("nuvarande", "Nuvarande fördelning"),
    BASE_AND_PER_INHABITANT("bas50", "50 % lika per förbund, 50 % per invånare");

    public final String param;
    public final String label;

    SplitRule(String param, String label) {
        this.param = param;
        this.label = label;
    }

    static String[] params() {
        return Arrays.stream(values()).map(r -> r.param).toArray(String[]::new);
    }

    public static SplitRule parse(String value) {
        if (value == null) {
            return PER_INHABITANT;
        }
        for (SplitRule r : values()) {
            if (r.param.equals(value)) {
                return r;
            }
        }
        throw new InvalidFilterException("regel", "regel ska vara " + String.join(", ", params()) + ", inte " + value);
    }

    /**
     * The amounts each party would get of {@code money} under this rule.
     *
     * @param current what each party gets now
     * @param people  each party's inhabitants in the band
     */
    public double[] split(double money, double[] current, double[] people) {
        int n = current.length;
        double[] out = new double[n];
        double totalPeople = Arrays.stream(people).sum();
        for (int i = 0; i < n; i++) {
            double perInhabitant = totalPeople > 0 ? money * people[i] / totalPeople : 0;
            out[i] = switch (this) {
                case CURRENT -> current[i];
                case PER_INHABITANT -> perInhabitant;
                case BASE_AND_PER_INHABITANT -> 0.5 * money / n + 0.5 * perInhabitant;
            };
        }
        return out;
    }
}
