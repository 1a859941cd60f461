package se.finsambench.pipeline.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Everything a writer needs for one document: whose it is, which year, and the numbers. */
record ReportContext(Association association, Map<Integer, YearFinance> years, int year, NnsNational national,
                     Random random) {

    YearFinance now() {
        return years.get(year);
    }

    YearFinance before() {
        return years.get(year - 1);
    }

    YearFinance of(int y) {
        return years.get(y);
    }

    static LocalDate yearEnd(int y) {
        return LocalDate.of(y, 12, 31);
    }

    String minus() {
        return association.style().minus();
    }

    /** Kronor with this house's minus sign. */
    String kr(long v) {
        return SwedishFormat.grouped(v, minus());
    }

    String tkr(long v) {
        return SwedishFormat.tkr(v, minus());
    }

    /** "Hofors, Ockelbo och Sandviken" */
    String municipalityList() {
        List<String> names = association.municipalities().stream().map(MemberMunicipality::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }

    /** The insats with this name, if the association has one. */
    Insats insats(String name) {
        return association.insatser().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
