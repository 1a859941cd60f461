package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import se.finsambench.pipeline.indicators.IndicatorCalculator;
import se.finsambench.pipeline.indicators.IndicatorValue;
import se.finsambench.pipeline.indicators.PopulationReference;
import se.finsambench.pipeline.indicators.SourcedFact;

/**
 * The indicators stage: selected facts grouped by association (cogrouped with the failed check inputs),
 * handed to {@link IndicatorCalculator}. Members are the municipalities of the association's contribution
 * facts. An association whose calculation throws is reported (accumulator) and skipped, not fatal.
 */
final class IndicatorStage {

    private IndicatorStage() {
    }

    static Dataset<Row> compute(Dataset<Row> facts, Dataset<Row> failedInputs, CollectionAccumulator<String> errors) {
        var byAssociation = facts.filter(col("selected"))
                .select("doc_id", "association_id", "concept", "member", "period_end", "scenario", "value", "origin")
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("association_id"), Encoders.STRING());
        var failedByAssociation = failedInputs
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("association_id"), Encoders.STRING());
        return byAssociation.cogroup(failedByAssociation, new Calculate(errors), Encoders.row(LakeSchemas.INDICATOR));
    }

    static final class Calculate implements CoGroupFunction<String, Row, Row, Row> {
        private final CollectionAccumulator<String> errors;
        private transient IndicatorCalculator calculator;

        Calculate(CollectionAccumulator<String> errors) {
            this.errors = errors;
        }

        @Override
        public Iterator<Row> call(String associationId, Iterator<Row> factRows, Iterator<Row> failedRows) {
            if (calculator == null) {
                calculator = new IndicatorCalculator(PopulationReference.bundled());
            }
            List<SourcedFact> facts = new ArrayList<>();
            Set<String> members = new TreeSet<>();
            factRows.forEachRemaining(r -> {
                String concept = r.getAs("concept");
                String member = r.getAs("member");
                java.sql.Date periodEnd = r.getAs("period_end");
                facts.add(new SourcedFact(r.getAs("doc_id"), associationId, concept, member,
                        periodEnd == null ? null : periodEnd.toLocalDate(), r.getAs("scenario"), r.<Double>getAs("value"),
                        "correction".equals(r.getAs("origin"))));
                if ("contribution".equals(concept) && member.startsWith("municipality:")) {
                    members.add(member.substring("municipality:".length()));
                }
            });
            Set<String> failed = new TreeSet<>();
            failedRows.forEachRemaining(r -> failed.add(r.getAs("key")));
            if (facts.isEmpty()) {
                return List.<Row>of().iterator();
            }
            try {
                return calculator.compute(associationId, facts, List.copyOf(members), failed).stream()
                        .map(Calculate::row).iterator();
            } catch (RuntimeException | StackOverflowError e) {
                errors.add(associationId + ": " + ExtractDocuments.describe(e));
                return List.<Row>of().iterator();
            }
        }

        private static Row row(IndicatorValue v) {
            return RowFactory.create(v.associationId(), v.fiscalYear(), DocumentRows.date(v.periodEnd()),
                    v.indicatorId(), v.value(), v.numerator(), v.denominator(), v.unit(), v.quality(),
                    v.docIds().toArray(String[]::new), v.note());
        }
    }
}
