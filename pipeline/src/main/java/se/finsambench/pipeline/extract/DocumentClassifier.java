package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a document's identity from its opening lines: type, association, year, period, dates. */
public final class DocumentClassifier {

    private static final int HEAD_LINES = 40;
    private static final Pattern DATE = Dates.DATE;
    private static final Pattern YEAR = Dates.YEAR;
    private static final Pattern ORG_NUMBER = Pattern.compile("\\b(\\d{6})\\s?[-–‑]\\s?(\\d{4})\\b");
    private static final FoldedPattern DECIDED = FoldedPattern.compile(
            "(?iu)(?:beslutad|fastställd|antagen|godkänd)\\w*(?:\\s+av)?(?:\\s+(?:förbunds)?styrelsen)?:?\\s*(?:den\\s*)?((?:19|20)\\d{2}-\\d{2}-\\d{2})");
    private static final FoldedPattern MINUTES = FoldedPattern.compile("(?iu)\\b(sammanträdesprotokoll|protokoll\\b|styrelseprotokoll|mötesprotokoll)");
    private static final Pattern MEETING_NUMBER = Pattern.compile("(?iu)protokoll\\s+(?:nr|nummer)\\.?\\s*(\\d{1,3})");
    private static final FoldedPattern INTERIM = FoldedPattern.compile("(?iu)\\b(delårsrapport|delårsbokslut|tertialrapport|halvårsrapport|delår)");
    private static final FoldedPattern ANNUAL = FoldedPattern.compile("(?iu)\\b(årsredovisning|årsbokslut|verksamhetsberättelse)");
    private static final FoldedPattern HALF_YEAR = FoldedPattern.compile("(?iu)(första halvåret|halvår|januari\\s*[-–]\\s*juni|jan\\s*[-–]\\s*jun)");
    private static final FoldedPattern EIGHT_MONTHS = FoldedPattern.compile("(?iu)(januari\\s*[-–]\\s*augusti|jan\\s*[-–]\\s*aug|åtta månader)");
    private static final Pattern SYNTHETIC = Pattern.compile("(?iu)exempeldokument");

    private DocumentClassifier() {
    }

    public static DocumentInfo classify(List<String> lines) {
        return classify(lines, FullText.of(lines));
    }

    /** @param full the lines joined, shared with the other readers of the document */
    static DocumentInfo classify(List<String> lines, FullText full) {
        List<String> head = lines.subList(0, Math.min(HEAD_LINES, lines.size()));
        String headText = String.join("\n", head);
        CaseFold.Folding headFolding = CaseFold.foldChecked(headText);
        DocType type = docType(headText, headFolding);
        Optional<AssociationNames.Found> association = AssociationNames.find(lines);
        String org = orgNumber(lines);
        LocalDate decided = decisionDate(full);
        LocalDate meetingDate = null;
        Integer meetingNumber = null;
        Integer year;
        LocalDate periodEnd;
        if (type == DocType.MINUTES) {
            meetingDate = firstPlainDate(headText);
            Matcher n = MEETING_NUMBER.matcher(headText);
            meetingNumber = n.find() ? Integer.parseInt(n.group(1)) : null;
            year = meetingDate != null ? Integer.valueOf(meetingDate.getYear()) : firstYear(headText);
            periodEnd = null;
        } else {
            year = reportYear(head, type);
            periodEnd = year == null ? null : periodEnd(headText, headFolding.forMatching(), type, year);
        }
        boolean synthetic = !lines.isEmpty() && SYNTHETIC.matcher(String.join(" ", head.subList(0, Math.min(3, head.size())))).find();
        return new DocumentInfo(type,
                association.map(AssociationNames.Found::id).orElse(null),
                association.map(AssociationNames.Found::displayName).orElse(null),
                org, year, periodEnd, decided, meetingDate, meetingNumber, synthetic,
                association.isPresent() ? IdentitySource.TEXT : null);
    }

    /** @param folding the head's folding ({@link CaseFold#foldChecked}) */
    static DocType docType(String headText, CaseFold.Folding folding) {
        // Each title word contains one of these; a pattern whose words are all missing is not searched.
        String folded = folding.folded();
        String forMatching = folding.forMatching();
        int minutes = folded.contains("protokoll") ? indexOf(MINUTES.matcher(headText, forMatching)) : Integer.MAX_VALUE;
        int interim = folded.contains("delår") || folded.contains("tertialrapport") || folded.contains("halvårsrapport")
                ? indexOf(INTERIM.matcher(headText, forMatching)) : Integer.MAX_VALUE;
        int annual = folded.contains("årsredovisning") || folded.contains("årsbokslut") || folded.contains("verksamhetsberättelse")
                ? indexOf(ANNUAL.matcher(headText, forMatching)) : Integer.MAX_VALUE;
        int first = Math.min(minutes, Math.min(interim, annual));
        if (first == Integer.MAX_VALUE) {
            return DocType.OTHER;
        }
        return first == minutes ? DocType.MINUTES : first == interim ? DocType.INTERIM_REPORT : DocType.ANNUAL_REPORT;
    }

    private static int indexOf(Matcher m) {
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    /** The year next to the title word, else the first year standing on its own near the top. */
    private static Integer reportYear(List<String> head, DocType type) {
        Pattern title = (type == DocType.INTERIM_REPORT ? INTERIM : ANNUAL).caseInsensitive();
        for (int i = 0; i < head.size(); i++) {
            if (title.matcher(head.get(i)).find()) {
                for (int j = i; j < Math.min(head.size(), i + 6); j++) {
                    Matcher y = YEAR.matcher(SwedishNumbers.mask(head.get(j)));
                    if (y.find()) {
                        return Integer.parseInt(y.group(1));
                    }
                }
            }
        }
        return firstYear(String.join("\n", head));
    }

    private static LocalDate periodEnd(String headText, String forMatching, DocType type, int year) {
        if (type != DocType.INTERIM_REPORT) {
            return LocalDate.of(year, 12, 31);
        }
        if (HALF_YEAR.find(headText, forMatching)) {
            return LocalDate.of(year, 6, 30);
        }
        if (EIGHT_MONTHS.find(headText, forMatching)) {
            return LocalDate.of(year, 8, 31);
        }
        Matcher d = DATE.matcher(headText);
        while (d.find()) {
            LocalDate date = toDate(d);
            if (date != null && date.getYear() == year && date.getMonthValue() < 12) {
                return date;
            }
        }
        return LocalDate.of(year, 6, 30);
    }

    private static Integer firstYear(String text) {
        Matcher y = YEAR.matcher(text);
        return y.find() ? Integer.parseInt(y.group(1)) : null;
    }

    private static LocalDate firstPlainDate(String text) {
        Matcher d = DATE.matcher(text);
        return d.find() ? toDate(d) : null;
    }

    private static LocalDate firstDate(FoldedPattern p, String text, String forMatching) {
        Matcher m = p.matcher(text, forMatching);
        if (!m.find()) {
            return null;
        }
        Matcher d = DATE.matcher(text.substring(m.start(1), m.end(1)));
        return d.find() ? toDate(d) : null;
    }

    /** {@link #DECIDED}'s date, the pattern tried only when one of its words is in the text. */
    private static LocalDate decisionDate(FullText full) {
        String folded = full.folded();
        boolean may = folded.contains("beslutad") || folded.contains("fastställd") || folded.contains("antagen")
                || folded.contains("godkänd");
        return may ? firstDate(DECIDED, full.text(), full.forMatching()) : null;
    }

    private static String orgNumber(List<String> lines) {
        for (String line : lines) {
            if (!hasSixDigits(line)) {
                continue; // an organisation number starts with six digits in a row
            }
            Matcher m = ORG_NUMBER.matcher(line);
            while (m.find()) {
                boolean labelled = line.toLowerCase(Locale.ROOT).contains("organisationsnummer")
                        || line.toLowerCase(Locale.ROOT).contains("org");
                if (labelled || m.group(1).startsWith("2220")) {
                    return m.group(1) + "-" + m.group(2);
                }
            }
        }
        return null;
    }

    private static boolean hasSixDigits(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 6) {
                return true;
            }
        }
        return false;
    }

    static LocalDate toDate(Matcher d) {
        return Dates.toDate(d);
    }
}
