package se.finsambench.pipeline.extract;

import java.time.LocalDate;

/**
 * What a document is and whose it is. Fields are null when the document does not say.
 *
 * @param fiscalYear   the year the report covers (for minutes: the year of the meeting)
 * @param periodEnd    last day of the reported period (2024-06-30 for a half-year report)
 * @param decidedOn    the board's decision date for reports ("Beslutad av styrelsen 2024-03-13")
 * @param meetingDate  for minutes, the date of the meeting
 * @param meetingNumber for minutes, the running number ("Sammanträdesprotokoll nr 6")
 * @param identitySource where the association came from; null when nothing told
 */
public record DocumentInfo(
        DocType docType,
        String associationId,
        String associationName,
        String orgNumber,
        Integer fiscalYear,
        LocalDate periodEnd,
        LocalDate decidedOn,
        LocalDate meetingDate,
        Integer meetingNumber,
        boolean synthetic,
        IdentitySource identitySource) {

    /** The same document attributed to another association, told by {@code source}. */
    public DocumentInfo withIdentity(String id, String name, IdentitySource source) {
        return new DocumentInfo(docType, id, name, orgNumber, fiscalYear, periodEnd, decidedOn, meetingDate, meetingNumber,
                synthetic, source);
    }
}
