package se.finsambench.pipeline.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsambench.pipeline.extract.DocumentInfo;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.Scenario;
import se.finsambench.pipeline.extract.Unit;

/**
 * The validation stage: what a document states that cannot be true on the day of the run. Each finding is
 * a plain-language problem on the document, so it becomes {@code partial} and people can look at it:
 * <ul>
 * <li>a report for a period that has not ended yet (an "Årsredovisning 2031"), a board decision or a
 * meeting dated in the future, and outcomes ({@code actual}) stated for a future period — budgets and
 * plans for future years are normal and pass;</li>
 * <li>a negative head count (participants, exits, meetings, employees), also one printed with a minus sign that
 * was read without it: such a figure cannot be meant as stated, so it is left out of the facts and named in
 * the problem with its line.</li>
 * </ul>
 */
final class Plausibility {

    private Plausibility() {
    }

    static ExtractionResult review(ExtractionResult result, LocalDate today) {
        List<String> problems = new ArrayList<>(result.problems());
        boolean futureDocument = futureDocument(result.info(), today, problems);
        List<Fact> kept = new ArrayList<>();
        int futureActuals = 0;
        Fact firstFuture = null;
        for (Fact f : result.facts()) {
            if (f.unit() == Unit.COUNT && (f.value() < 0 || printedNegative(f))) {
                problems.add(String.format(Locale.ROOT, "a count cannot be negative: %s%s is stated as -%s on line %d; "
                        + "the figure was left out", f.concept(), f.member().isEmpty() ? "" : " (" + f.member() + ")",
                        number(Math.abs(f.value())), f.sourceLine()));
                continue;
            }
            if (f.scenario() == Scenario.ACTUAL && f.periodEnd() != null && f.periodEnd().isAfter(today)) {
                futureActuals++;
                firstFuture = firstFuture == null ? f : firstFuture;
            }
            kept.add(f);
        }
        if (futureActuals > 0 && !futureDocument) {
            problems.add(String.format(Locale.ROOT, "%d figure(s) are stated as outcomes for a period that has not "
                    + "ended yet (first: %s for %s on line %d)", futureActuals, firstFuture.concept(),
                    firstFuture.periodEnd(), firstFuture.sourceLine()));
        }
        if (problems.size() == result.problems().size()) {
            return result;
        }
        return new ExtractionResult(result.info(), kept, result.interventions(), result.decisions(), problems);
    }

    /**
     * Whether the review of {@code result} on {@code today} depends on the day: true when anything it checks
     * against the date is after {@code today}. When false, {@link #review} gives the same answer on every later
     * day (dates only move from the future into the past), so its outcome may be cached and reused later.
     * Conservative: negative counts, which are left out before the date checks, are counted here too.
     */
    static boolean datedAfter(ExtractionResult result, LocalDate today) {
        DocumentInfo info = result.info();
        if (after(info.periodEnd(), today) || after(info.decidedOn(), today) || after(info.meetingDate(), today)) {
            return true;
        }
        if (info.periodEnd() == null && info.fiscalYear() != null && info.fiscalYear() > today.getYear()) {
            return true;
        }
        return result.facts().stream().anyMatch(f -> f.scenario() == Scenario.ACTUAL && after(f.periodEnd(), today));
    }

    private static boolean after(LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today);
    }

    private static boolean futureDocument(DocumentInfo info, LocalDate today, List<String> problems) {
        boolean future = false;
        if (info.periodEnd() != null && info.periodEnd().isAfter(today)) {
            problems.add("the document reports on a period ending " + info.periodEnd() + ", which has not ended yet"
                    + (info.fiscalYear() == null ? "" : " (year " + info.fiscalYear() + ")"));
            future = true;
        } else if (info.periodEnd() == null && info.fiscalYear() != null && info.fiscalYear() > today.getYear()) {
            problems.add("the document is for the year " + info.fiscalYear() + ", which has not begun yet");
            future = true;
        }
        if (info.decidedOn() != null && info.decidedOn().isAfter(today)) {
            problems.add("the document says it was decided on " + info.decidedOn() + ", a date in the future");
        }
        if (info.meetingDate() != null && info.meetingDate().isAfter(today)) {
            problems.add("the meeting is dated " + info.meetingDate() + ", a date in the future");
        }
        return future;
    }

    /**
     * Whether the count's source text prints its number only with a minus sign in front ("-83 deltagare",
     * "Antal anställda −3 0 0"), which the extractor may have read without the sign.
     */
    static boolean printedNegative(Fact f) {
        if (f.sourceText() == null || f.value() != Math.rint(f.value()) || f.value() == 0) {
            return false;
        }
        String digits = String.valueOf((long) Math.abs(f.value()));
        String number = String.join("[ \u00a0\u2009\u202f]?", digits.split(""));
        Matcher m = Pattern.compile("(?<![\\d,.])" + number + "(?![\\d]|,\\d)").matcher(f.sourceText());
        int all = 0;
        int signed = 0;
        while (m.find()) {
            all++;
            if (signAt(f.sourceText(), m.start() - 1)) {
                signed++;
            }
        }
        return signed > 0 && signed == all;
    }

    /** A minus glued to the number, not a range ("2022–2023") nor a bullet ("- 33 deltagare"). */
    private static boolean signAt(String text, int i) {
        return i >= 0 && "-−–".indexOf(text.charAt(i)) >= 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
