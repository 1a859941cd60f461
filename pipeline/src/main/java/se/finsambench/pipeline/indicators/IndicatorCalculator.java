package se.finsambench.pipeline.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every indicator of DESIGN.md for one association, one period at a time, each defined once with its
 * numerator and denominator. Full years and half-years are separate periods and never mixed.
 */
public final class IndicatorCalculator implements java.io.Serializable {

    private final PopulationReference population;

    public IndicatorCalculator(PopulationReference population) {
        this.population = population;
    }

    /**
     * @param facts        the chosen facts of one association (all periods)
     * @param members      the association's member municipalities (SCB names)
     * @param failedInputs "concept|periodEnd" of inputs that failed a reconciliation check
     */
    public List<IndicatorValue> compute(String associationId, List<SourcedFact> facts, List<String> members,
                                        Set<String> failedInputs) {
        // Sums of doubles depend on their order, and Spark hands an association's facts over in whatever order
        // its shuffle delivered them (a cluster and local[2] differed in the last digits of 10 indicators).
        facts = facts.stream().sorted(SourcedFact.ORDER).toList();
        Map<LocalDate, List<SourcedFact>> actualByPeriod = facts.stream().filter(f -> f.scenario().equals("actual"))
                .collect(Collectors.groupingBy(SourcedFact::periodEnd, TreeMap::new, Collectors.toList()));
        List<IndicatorValue> out = new ArrayList<>();
        for (Map.Entry<LocalDate, List<SourcedFact>> e : actualByPeriod.entrySet()) {
            Period p = new Period(associationId, e.getKey(), e.getValue(), facts, failedInputs);
            out.addAll(p.all(members));
        }
        return out;
    }

    /** The facts of one period and the arithmetic over them. */
    private final class Period {
        private final String associationId;
        private final LocalDate end;
        private final List<SourcedFact> actual;
        private final List<SourcedFact> all;
        private final Set<String> failed;

        Period(String associationId, LocalDate end, List<SourcedFact> actual, List<SourcedFact> all, Set<String> failed) {
            this.associationId = associationId;
            this.end = end;
            this.actual = actual;
            this.all = all;
            this.failed = failed;
        }

        List<IndicatorValue> all(List<String> members) {
            List<IndicatorValue> out = new ArrayList<>();
            out.add(costPerParticipant());
            out.add(workOrStudiesShare());
            out.add(adminShare());
            out.add(ratio("equity_ratio", one("equity", ""), one("total_assets", ""), 100, "%"));
            out.add(ratio("equity_to_contributions", one("equity", ""), contributionTotal(), 100, "%"));
            out.add(ratio("result_margin", one("result", ""), one("revenue_total", ""), 100, "%"));
            out.add(budgetDeviation());
            out.addAll(perInhabitant(members));
            out.add(ratio("women_share", one("participants_women", ""), one("participants_total", ""), 100, "%"));
            out.addAll(nns());
            return out;
        }

        private IndicatorValue costPerParticipant() {
            Input costs = one("costs_individual", "");
            Input participants = one("participants_total", "");
            if (costs.present() && participants.present()) {
                return ratio("cost_per_participant", costs, participants, 1, "kr");
            }
            // Otherwise the insatser that report both their cost and their participants (administration lines are
            // never insatser, even when a report puts a head count beside one).
            double cost = 0;
            double people = 0;
            Set<String> docs = new LinkedHashSet<>();
            for (SourcedFact f : actual) {
                if (f.concept().equals("intervention_cost") && !AdministrationLines.isAdministrationMember(f.member())) {
                    Optional<SourcedFact> n = find("participants_total", f.member());
                    if (n.isPresent() && n.get().value() > 0) {
                        cost += f.value();
                        people += n.get().value();
                        docs.add(f.docId());
                        docs.add(n.get().docId());
                    }
                }
            }
            if (people > 0) {
                return value("cost_per_participant", cost / people, cost, people, "kr", "derived", docs,
                        "insatser med både kostnad och deltagare");
            }
            return ratio("cost_per_participant", costs, participants, 1, "kr");
        }

        /** Counts when the report gives them; otherwise the share it states, marked as stated. */
        private IndicatorValue workOrStudiesShare() {
            IndicatorValue counted = ratio("work_or_studies_share", workOrStudies(), one("exits_total", ""), 100, "%");
            if (counted.value() != null) {
                return counted;
            }
            return StatedShares.workOrStudies(actual, end)
                    .map(s -> value("work_or_studies_share", s.percent(), s.numerator(), s.denominator(), "%", "derived",
                            s.docs(), s.note()))
                    .orElse(counted);
        }

        private Input workOrStudies() {
            Input stated = one("exits_work_or_studies", "");
            if (stated.present()) {
                return stated;
            }
            Input work = one("exits_work", "");
            Input studies = one("exits_studies", "");
            return work.present() && studies.present() ? work.plus(studies) : Input.MISSING;
        }

        private IndicatorValue adminShare() {
            Input admin = one("costs_admin", "");
            if (!admin.present()) {
                List<SourcedFact> lines = actual.stream().filter(f -> f.concept().equals("intervention_cost")
                        && AdministrationLines.isAdministrationMember(f.member())).toList();
                if (!lines.isEmpty()) {
                    admin = new Input(lines.stream().mapToDouble(SourcedFact::value).sum(),
                            lines.stream().map(SourcedFact::docId).collect(Collectors.toCollection(LinkedHashSet::new)),
                            true, isFailed("intervention_cost"));
                }
            }
            return ratio("admin_share", admin, one("costs_total", ""), 100, "%");
        }

        private IndicatorValue budgetDeviation() {
            Input outcome = one("costs_total", "");
            Optional<SourcedFact> budget = all.stream().filter(f -> f.scenario().equals("budget") && f.periodEnd().equals(end)
                    && f.concept().equals("costs_total") && f.member().isEmpty()).findFirst();
            if (!outcome.present() || budget.isEmpty() || budget.get().value() == 0 || end.getMonthValue() != 12) {
                return value("budget_deviation", null, outcome.value(), budget.map(SourcedFact::value).orElse(null), "%",
                        "missing_input", outcome.docs(), "");
            }
            double diff = outcome.value() - budget.get().value();
            Set<String> docs = new LinkedHashSet<>(outcome.docs());
            docs.add(budget.get().docId());
            return value("budget_deviation", 100 * diff / budget.get().value(), diff, budget.get().value(), "%",
                    outcome.quality(), docs, "kostnader: utfall − budget");
        }

        private List<IndicatorValue> perInhabitant(List<String> allMembers) {
            // Membership changes (a municipality joins in 2023): the period's paying members count.
            List<String> paying = actual.stream()
                    .filter(f -> f.concept().equals("contribution") && f.member().startsWith("municipality:") && f.value() > 0)
                    .map(f -> f.member().substring("municipality:".length())).distinct().sorted().toList();
            List<String> members = paying.isEmpty() ? allMembers : paying;
            Optional<PopulationReference.WorkingAge> pop = population.workingAge(members, end.getYear());
            Input people = pop.map(w -> new Input(w.people(), Set.<String>of(), false, false)).orElse(Input.MISSING);
            String note = pop.map(w -> "invånare " + w.band() + " år, SCB " + w.referenceYear()).orElse("medlemskommunernas befolkning saknas");
            IndicatorValue perInhabitant = ratio("contribution_per_inhabitant", contributionTotal(), people, 1, "kr");
            IndicatorValue per1000 = ratio("participants_per_1000", one("participants_total", ""), people, 1000, "per 1000");
            return List.of(withNote(perInhabitant, note), withNote(per1000, note));
        }

        private List<IndicatorValue> nns() {
            List<IndicatorValue> out = new ArrayList<>();
            for (SourcedFact f : actual) {
                if (!f.concept().equals("nns_indicator")) {
                    continue;
                }
                String n = f.member().replace("indicator:", "");
                Input own = one("nns_indicator", f.member());
                out.add(value("nns_" + n, own.value(), own.value(), null, "%", own.quality(), own.docs(), "andel klart positiva"));
                Input national = one("nns_indicator_national", f.member());
                if (national.present()) {
                    Set<String> docs = new LinkedHashSet<>(own.docs());
                    docs.addAll(national.docs());
                    out.add(value("nns_" + n + "_vs_national", own.value() - national.value(), own.value(), national.value(),
                            "pp", own.quality(), docs, "skillnad mot riksgenomsnittet"));
                }
            }
            return out;
        }

        private Input contributionTotal() {
            Input stated = one("contribution_total", "");
            if (stated.present()) {
                return stated;
            }
            List<SourcedFact> parts = actual.stream().filter(f -> f.concept().equals("contribution")).toList();
            if (parts.isEmpty()) {
                return Input.MISSING;
            }
            return new Input(parts.stream().mapToDouble(SourcedFact::value).sum(),
                    parts.stream().map(SourcedFact::docId).collect(Collectors.toCollection(LinkedHashSet::new)), true,
                    isFailed("contribution"));
        }

        private Input one(String concept, String member) {
            return find(concept, member).map(f -> new Input(f.value(), Set.of(f.docId()), false, isFailed(concept)))
                    .orElse(Input.MISSING);
        }

        private Optional<SourcedFact> find(String concept, String member) {
            return actual.stream().filter(f -> f.concept().equals(concept) && f.member().equals(member))
                    .min((a, b) -> Boolean.compare(!a.correction(), !b.correction()));
        }

        private boolean isFailed(String concept) {
            return failed.contains(concept + "|" + end);
        }

        private IndicatorValue ratio(String id, Input numerator, Input denominator, double factor, String unit) {
            Set<String> docs = new LinkedHashSet<>(numerator.docs());
            docs.addAll(denominator.docs());
            if (!numerator.present() || !denominator.present() || denominator.value() == 0) {
                return value(id, null, numerator.value(), denominator.value(), unit, "missing_input", docs, "");
            }
            String quality = numerator.failed() || denominator.failed() ? "inconsistent"
                    : numerator.derived() || denominator.derived() ? "derived" : "ok";
            return value(id, factor * numerator.value() / denominator.value(), numerator.value(), denominator.value(), unit,
                    quality, docs, "");
        }

        private IndicatorValue value(String id, Double v, Double numerator, Double denominator, String unit, String quality,
                                     Set<String> docs, String note) {
            return new IndicatorValue(associationId, end.getYear(), end, id, v, numerator, denominator, unit, quality,
                    List.copyOf(docs), note);
        }

        private IndicatorValue withNote(IndicatorValue v, String note) {
            return new IndicatorValue(v.associationId(), v.fiscalYear(), v.periodEnd(), v.indicatorId(), v.value(),
                    v.numerator(), v.denominator(), v.unit(), v.quality(), v.docIds(), note);
        }
    }

    /** One input of an indicator: its value, the documents behind it, and whether it is trustworthy. */
    private record Input(Double value, Set<String> docs, boolean derived, boolean failed) {
        static final Input MISSING = new Input(null, Set.of(), false, false);

        boolean present() {
            return value != null;
        }

        String quality() {
            return failed ? "inconsistent" : derived ? "derived" : "ok";
        }

        Input plus(Input other) {
            Set<String> d = new LinkedHashSet<>(docs);
            d.addAll(other.docs);
            return new Input(value + other.value, d, true, failed || other.failed);
        }
    }
}
