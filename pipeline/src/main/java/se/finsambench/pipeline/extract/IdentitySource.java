package se.finsambench.pipeline.extract;

import java.util.Locale;

/** Where a document's association came from ({@code documents.identity_source}). */
public enum IdentitySource {
    /** The document names itself ("Samordningsförbundet X", "X:s samordningsförbund"). */
    TEXT,
    /** The input folder's {@code sources.csv} names the file's association or website. */
    MANIFEST,
    /** The folder the file lies in ({@code reports/<association>/…}). */
    FOLDER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
