package se.finsambench.pipeline.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.finsambench.pipeline.read.SourceManifest;

/**
 * Whose a document is when its text does not say: the input folder's {@code sources.csv} (the association's
 * name, else its website), else the folder under the input folder that the file lies in: an input folder
 * holding one folder per association ({@code --input reports} with {@code reports/soderasen/2023/ar.pdf} →
 * {@code soderasen}). A file at the top of the input folder has no such folder. A document that names itself
 * keeps its own identity.
 */
public final class IdentityFallback {

    /** Website names that say "samordningsförbund" rather than which one ("finsamroslagen.se" → roslagen). */
    private static final Pattern SITE_PREFIX = Pattern.compile("^(?:samordningsforbundet|samordningsforbund|finsam)-?(?=.)");

    private IdentityFallback() {
    }

    /**
     * @param relativePath the file's path inside the input folder ("reports/soderasen/ar2023.pdf")
     */
    public static ExtractionResult resolve(ExtractionResult result, String relativePath, SourceManifest manifest) {
        DocumentInfo info = result.info();
        if (info.associationId() != null) {
            return result;
        }
        Optional<DocumentInfo> told = fromManifest(info, relativePath, manifest).or(() -> fromFolder(info, relativePath));
        if (told.isEmpty()) {
            return result;
        }
        List<String> problems = new ArrayList<>(result.problems());
        problems.remove(ReportExtractor.UNIDENTIFIED);
        return result.with(told.get(), problems);
    }

    private static Optional<DocumentInfo> fromManifest(DocumentInfo info, String path, SourceManifest manifest) {
        Optional<SourceManifest.Source> row = manifest.find(path);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String owner = row.get().owner();
        if (owner != null && !AssociationNames.slug(owner).isEmpty()) {
            return Optional.of(info.withIdentity(AssociationNames.slug(owner), owner, IdentitySource.MANIFEST));
        }
        String site = row.get().website();
        String id = site == null ? "" : siteId(site);
        return id.isEmpty() ? Optional.empty() : Optional.of(info.withIdentity(id, host(site), IdentitySource.MANIFEST));
    }

    private static Optional<DocumentInfo> fromFolder(DocumentInfo info, String path) {
        String p = path.replace('\\', '/');
        if (p.indexOf('/') <= 0) {
            return Optional.empty(); // a file at the top of the input folder has no folder of its own
        }
        String folder = p.substring(0, p.indexOf('/'));
        String id = AssociationNames.slug(folder);
        return id.isEmpty() ? Optional.empty() : Optional.of(info.withIdentity(id, folder, IdentitySource.FOLDER));
    }

    /** "https://www.finsamroslagen.se/nyheter" → {@code roslagen}. */
    static String siteId(String site) {
        String host = host(site);
        String name = host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host;
        name = name.substring(name.lastIndexOf('.') + 1);
        return AssociationNames.slug(SITE_PREFIX.matcher(AssociationNames.slug(name)).replaceFirst(""));
    }

    private static String host(String site) {
        String s = site.strip();
        String withScheme = s.contains("://") ? s : "https://" + s;
        String host;
        try {
            host = URI.create(withScheme.replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        host = host == null ? s : host;
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
