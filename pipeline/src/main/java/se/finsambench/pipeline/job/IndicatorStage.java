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
                .groupByKey((MapFunction<Row, String>) r -> r.getString(1), Encoders.STRING());
        var failedByAssociation = failedInputs
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
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
                String member = r.getString(3);
                facts.add(new SourcedFact(r.getString(0), associationId, r.getString(2), member,
                        r.isNullAt(4) ? null : r.getDate(4).toLocalDate(), r.getString(5), r.getDouble(6),
                        "correction".equals(r.getString(7))));
                if ("contribution".equals(r.getString(2)) && member.startsWith("municipality:")) {
                    members.add(member.substring("municipality:".length()));
                }
            });
            Set<String> failed = new TreeSet<>();
            failedRows.forEachRemaining(r -> failed.add(r.getString(1)));
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
