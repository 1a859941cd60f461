package se.finsambench.pipeline.generate;

import java.time.LocalDate;
import java.util.List;
import se.finsambench.pipeline.evaluate.TruthRow;

/**
 * One file of the corpus with what it is and what it states.
 *
 * @param periodEnd the reported period's end; null for minutes
 * @param flaws     the document's deliberate real-world flaws, empty for most
 */
public record GeneratedDocument(String file, String associationId, String docType, int fiscalYear, LocalDate periodEnd,
                                String format, byte[] bytes, List<TruthRow> truth, List<String> flaws) {
}
