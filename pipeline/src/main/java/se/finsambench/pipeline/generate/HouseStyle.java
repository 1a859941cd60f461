package se.finsambench.pipeline.generate;

import se.finsambench.pipeline.generate.SwedishFormat.PercentStyle;

/**
 * How one association lays out its documents, kept from year to year the way a real kansli reuses
 * last year's file.
 *
 * @param annual        which family of annual report it writes
 * @param minus         the minus sign its tables print ("-", "−" or "–")
 * @param prefixName    true for "Västra Skogsbygdens samordningsförbund", false for "Samordningsförbundet Norra Ekdalen"
 * @param interimMonths 6 for a half-year report, 8 for one per 31 August
 * @param spacedTables  true when its overview tables come as space-aligned text (a PDF copied to text)
 * @param nnsTable      true when its annual report carries an NNS indicator table
 */
record HouseStyle(AnnualLayout annual, String minus, boolean prefixName, int interimMonths, boolean spacedTables,
                  boolean nnsTable) {

    PercentStyle percentStyle() {
        return switch (annual) {
            case KR_STATEMENTS -> PercentStyle.DECIMAL_SPACED;
            case TKR_STATEMENTS -> PercentStyle.WHOLE_BARE;
            case PROFILES -> PercentStyle.WHOLE_GLUED;
        };
    }

    /** The families of annual report seen in the seeds. */
    enum AnnualLayout {
        /** Five-year overview in tkr, statements in kr with a credit-side negative balance sheet, split-header driftredovisning. */
        KR_STATEMENTS,
        /** Five-year overview in kr, statements and notes in tkr, budget-column driftredovisning, goal table with HTML cells. */
        TKR_STATEMENTS,
        /** Overviews in kr with equity as a share of contributions, cost categories, insats profiles, NNS table. */
        PROFILES
    }
}
