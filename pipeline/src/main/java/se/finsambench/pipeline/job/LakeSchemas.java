package se.finsambench.pipeline.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Explicit schemas of the job's intermediate rows. The lake tables are projections of these
 * (see {@link LakeTables}); their column names are the contract of DESIGN.md.
 */
public final class LakeSchemas {

    private LakeSchemas() {
    }

    static final DataType STRINGS = createArrayType(StringType, false);

    /**
     * One listed input file as handed to the read and extract stage (no content: each task reads its files);
     * {@code problem} says why a listed entry cannot be read at all (a link to nothing, a pipe), else null;
     * {@code location} is where the task reads it ({@link UserPath#location}).
     */
    public static final StructType INPUT_FILE = new StructType()
            .add("path", StringType, false)
            .add("length", LongType, false)
            .add("problem", StringType, true)
            .add("location", StringType, false);

    /** One stated figure, nested inside its document row. */
    public static final StructType FACT = new StructType()
            .add("fiscal_year", IntegerType, false)
            .add("period_end", DateType, true)
            .add("scenario", StringType, false)
            .add("concept", StringType, false)
            .add("member", StringType, false)
            .add("value", DoubleType, false)
            .add("unit", StringType, false)
            .add("source_line", IntegerType, false)
            .add("source_text", StringType, true)
            .add("confidence", DoubleType, false)
            .add("precision", DoubleType, false)
            .add("origin", StringType, true)
            .add("rank", IntegerType, false)
            .add("source_page", IntegerType, true);

    /** One line of a document's normalised text, as the extractor saw it; the rows of {@code document_lines}. */
    public static final StructType LINE = new StructType()
            .add("line", IntegerType, false)
            .add("page", IntegerType, true)
            .add("text", StringType, false);

    public static final StructType CHECK = new StructType()
            .add("check_id", StringType, false)
            .add("period_end", DateType, true)
            .add("scenario", StringType, true)
            .add("expected", DoubleType, false)
            .add("actual", DoubleType, false)
            .add("passed", BooleanType, false)
            .add("description", StringType, true)
            .add("inputs", STRINGS, false);

    public static final StructType INTERVENTION = new StructType()
            .add("name", StringType, false)
            .add("aliases", STRINGS, false);

    public static final StructType DECISION = new StructType()
            .add("paragraph", StringType, true)
            .add("title", StringType, true)
            .add("decision_text", StringType, true)
            .add("amount_sek", DoubleType, true)
            .add("source_line", IntegerType, false);

    /** One input file after extraction: the document's identity, status and everything found in it. */
    public static final StructType EXTRACTED = new StructType()
            .add("doc_id", StringType, false)
            .add("source_path", StringType, false)
            .add("format", StringType, true)
            .add("size_bytes", LongType, false)
            .add("doc_type", StringType, false)
            .add("association_id", StringType, true)
            .add("association_name", StringType, true)
            .add("identity_source", StringType, true)
            .add("org_number", StringType, true)
            .add("fiscal_year", IntegerType, true)
            .add("period_end", DateType, true)
            .add("decided_on", DateType, true)
            .add("meeting_date", DateType, true)
            .add("meeting_number", IntegerType, true)
            .add("status", StringType, false)
            .add("problems", STRINGS, false)
            .add("synthetic", BooleanType, false)
            .add("extract_millis", LongType, false)
            .add("facts", createArrayType(FACT, false), false)
            .add("checks", createArrayType(CHECK, false), false)
            .add("interventions", createArrayType(INTERVENTION, false), false)
            .add("decisions", createArrayType(DECISION, false), false)
            .add("lines", createArrayType(LINE, false), false);

    /** What the indicator calculator returns, one row per association × period × indicator. */
    public static final StructType INDICATOR = new StructType()
            .add("association_id", StringType, false)
            .add("fiscal_year", IntegerType, false)
            .add("period_end", DateType, true)
            .add("indicator_id", StringType, false)
            .add("value", DoubleType, true)
            .add("numerator", DoubleType, true)
            .add("denominator", DoubleType, true)
            .add("unit", StringType, true)
            .add("quality", StringType, false)
            .add("doc_ids", STRINGS, false)
            .add("note", StringType, true);

    public static final StructType ASSOCIATION = new StructType()
            .add("association_id", StringType, false)
            .add("name", StringType, true)
            .add("org_number", StringType, true)
            .add("county", StringType, true)
            .add("members", STRINGS, false)
            .add("doc_count", LongType, false);

    static StructField field(StructType type, String name) {
        return type.apply(name);
    }
}
