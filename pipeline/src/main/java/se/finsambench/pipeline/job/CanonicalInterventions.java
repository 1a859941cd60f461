package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import se.finsambench.pipeline.indicators.AdministrationLines;
import se.finsambench.pipeline.indicators.InterventionCanon;

/**
 * The canonical insats names of each association ({@link InterventionCanon}) applied to the lake: facts name an
 * insats by its canonical name ({@code member = intervention:<canonical>}), so one insats is one member; the
 * interventions table has one row per document and canonical name with every spelling as an alias (once), and no
 * administration line (kansli, styrelse …), which is never an insats.
 */
final class CanonicalInterventions {

    static final StructType MAPPING = new StructType()
            .add("association_id", DataTypes.StringType, false)
            .add("spelling", DataTypes.StringType, false)
            .add("canonical", DataTypes.StringType, false)
            .add("administration", DataTypes.BooleanType, false);

    private CanonicalInterventions() {
    }

    /** (association_id, spelling, canonical, administration) for every insats spelling of every association. */
    static Dataset<Row> mapping(Dataset<Row> usable) {
        return usable.filter(col("association_id").isNotNull())
                .select(col("association_id"), col("doc_id"), explode(col("interventions")).as("i"))
                .select(col("association_id"), col("doc_id"), col("i.name"), col("i.aliases"))
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("association_id"), Encoders.STRING())
                .flatMapGroups(new Resolve(), Encoders.row(MAPPING));
    }

    static final class Resolve implements FlatMapGroupsFunction<String, Row, Row> {
        @Override
        public Iterator<Row> call(String associationId, Iterator<Row> rows) {
            List<InterventionCanon.Named> named = new ArrayList<>();
            rows.forEachRemaining(r -> named.add(new InterventionCanon.Named(r.getAs("doc_id"), r.getAs("name"),
                    r.getList(r.fieldIndex("aliases")))));
            List<Row> out = new ArrayList<>();
            for (Map.Entry<String, String> e : InterventionCanon.canonical(named).entrySet()) {
                out.add(RowFactory.create(associationId, e.getKey(), e.getValue(),
                        AdministrationLines.isAdministration(e.getValue())));
            }
            return out.iterator();
        }
    }

    /** Facts with every insats member under its canonical name; other facts as they are. */
    static Dataset<Row> facts(Dataset<Row> facts, Dataset<Row> mapping) {
        Dataset<Row> m = mapping.select(col("association_id").as("m_association"),
                concat(lit("intervention:"), col("spelling")).as("m_member"),
                concat(lit("intervention:"), col("canonical")).as("m_canonical"));
        String[] columns = facts.columns();
        // The mapping is a few rows per association: broadcast, so the facts (with their source texts) are not
        // shuffled for it; the selection's window shuffles them once.
        Dataset<Row> joined = facts.join(broadcast(m), facts.col("association_id").equalTo(m.col("m_association"))
                .and(facts.col("member").equalTo(m.col("m_member"))), "left");
        org.apache.spark.sql.Column[] out = new org.apache.spark.sql.Column[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = columns[i].equals("member") ? coalesce(col("m_canonical"), facts.col("member")).as("member")
                    : facts.col(columns[i]);
        }
        return joined.select(out);
    }

    /** One row per document and canonical insats, with all its spellings in that document as aliases. */
    static Dataset<Row> interventions(Dataset<Row> usable, Dataset<Row> mapping) {
        Dataset<Row> rows = SideTables.interventions(usable);
        Dataset<Row> m = mapping.select(col("association_id").as("m_association"), col("spelling"), col("canonical"),
                col("administration"));
        return rows.join(broadcast(m), rows.col("association_id").equalTo(m.col("m_association")).and(rows.col("name").equalTo(m.col("spelling"))),
                        "left")
                .filter(coalesce(col("administration"), lit(false)).equalTo(false))
                .groupBy(rows.col("association_id"), rows.col("doc_id"), coalesce(col("canonical"), rows.col("name")).as("name"))
                .agg(sort_array(array_distinct(flatten(collect_set(concat(rows.col("aliases"),
                        org.apache.spark.sql.functions.array(rows.col("name"))))))).as("aliases"))
                .select("association_id", "doc_id", "name", "aliases");
    }
}
