package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsambench.pipeline.read.Cancellation;

/**
 * Figures stated in sentences: "Årets resultat blev ett underskott på 621 tkr", "33 deltagare
 * avslutades … varav 8 deltagare började arbeta", "Styrelsen har haft 8 protokollförda
 * sammanträden". Budget and forecast words before a number make it a budget or forecast, never an
 * outcome.
 */
final class ProseReader {

    /** "Det egna kapitalet … motsvarar 36 % av medlemsbidragen" (the Nationella rådet measure). */
    private static final Pattern EQUITY_SHARE = Pattern.compile(
            "(?iu)eg(?:et|na)\\s+kapital\\p{L}*[^.]{0,80}?(?:motsvarar|utgör|uppgår till)[^.\\d]{0,40}?"
                    + "(?<![\\d,])(?<n>\\d{1,3}(?:,\\d+)?)\\s?(?:%|procent)\\s+av\\s+(?:årets\\s+)?(?:erhållna\\s+|tilldelade\\s+)?"
                    + "(?:medlemsbidrag|medelstilldelning|medlemsavgift|tilldelning|bidrag)");
    private static final FoldedPattern GENDER_PAIR = FoldedPattern.compile(
            "(?<![\\p{L}\\d])(?<a>\\d+|" + NumberWords.ALTERNATION + ")\\s+(?<ga>kvinnor|män)\\s+och\\s+(?<b>\\d+|"
                    + NumberWords.ALTERNATION + ")\\s+(?<gb>kvinnor|män)(?![\\p{L}])");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-ZÅÄÖ\"”-])");
    private static final Pattern MAY_STATE_A_FIGURE = Pattern.compile(
            "\\d|(?iu)(?<![\\p{L}])(?:" + NumberWords.ALTERNATION + ")(?![\\p{L}])");
    private static final FoldedPattern STATE = FoldedPattern.compile("(?iu)\\bstat(en|lig)");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile(
            "\\s*\\(\\s*" + ProsePattern.NUMBER + "(?:" + ProsePattern.UNIT + ")?\\s*(?:%|procent)?\\s*\\)");
    /** "Soliditeten uppgick den 30 juni 2016 till 27,1 procent (25,0)". */
    private static final Pattern SOLIDITET = Pattern.compile(
            "(?iu)soliditet\\p{L}*\\s+(?:uppgick|uppgår|var|är|blev)\\s+(?:den\\s+(?<d>\\d{1,2}\\s+\\p{L}+\\s+(?:19|20)\\d{2})\\s+)?"
            + "till\\s+(?<n>\\d{1,3}(?:,\\d+)?)\\s?(?:%|procent)");
    private static final Pattern BULLET = Pattern.compile("[•\\-–*]\\s");
    private static final Pattern HEADLINE = Pattern.compile("(?iu)^(?:kostnader|intäkter)\\s+(?:på|med|om)\\s+\\S");
    private static final Pattern UNSIGNED_RESULT = Pattern.compile(
            "(?iu)^" + ProsePattern.ABOUT + ProsePattern.NUMBER + ProsePattern.UNIT + "\\s+i\\s+resultat\\.?$");
    private static final Pattern PLAN_IN_BRACKETS = Pattern.compile(
            "(?iu)^\\(\\s*(?<kind>verksamhetsplan\\p{L}*|budget\\p{L}*|plan\\p{L}*)\\s+för\\s+(?:år\\s+)?(?<y>(?:19|20)\\d{2})\\s*[;:,]\\s*"
            + ProsePattern.ABOUT + ProsePattern.NUMBER + ProsePattern.UNIT + "\\s*\\)\\.?$");
    private static final Pattern COST_OF = Pattern.compile(
            "(?iu)^uppgick\\s+till\\s+en\\s+kostnad\\s+av\\s+" + ProsePattern.ABOUT + ProsePattern.NUMBER + ProsePattern.UNIT);
    private static final Pattern POINT_THOUSANDS = Pattern.compile("[-−–]?\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern OPENING = Pattern.compile("(?iu)årets\\s+början");
    /** A word before "kostnader" that makes them one kind of cost ("övriga kostnader", "projektets kostnader"). */
    private static final Pattern KIND_OF_COST = Pattern.compile(
            "(?iu)\\b(övriga|indirekta|direkta|externa|interna|finansiella|strukturella|individinriktade|projekt\\p{L}*"
            + "|insats\\p{L}*|lokal\\p{L}*|personal\\p{L}*|rese?\\p{L}*|avskrivnings\\p{L}*|styrelse\\p{L}*)\\s+$");
    private static final Pattern ADMIN_COST_WORDS = Pattern.compile("(?iu)\\b(administrativ\\p{L}*|kansli\\p{L}*)\\s+(?:kansli\\s+)?$");

    private final ExtractionContext ctx;
    private ProseScopes scopes;
    /** The year an earlier sentence on the same line named ("… för 2024 blir … Tillsammans … ger det …"). */
    private Integer carriedYear;
    /** The concept of the last headline figure ("Kostnader på 10,3 m.kr"); bullets below it do not change it. */
    private String headline;

    ProseReader(ExtractionContext ctx) {
        this.ctx = ctx;
        this.scopes = new ProseScopes(InterventionMentions.of(Map.of()), ctx.layout);
    }

    /** Insats names known from the tables, so sentences can be attributed to one of them. */
    void knowInterventions(Map<String, String> canonicalByName) {
        this.scopes = new ProseScopes(InterventionMentions.of(canonicalByName), ctx.layout);
    }

    void readDocument() {
        List<String> lines = ctx.document.lines();
        for (int i = 1; i <= lines.size(); i++) {
            Cancellation.check();
            String line = lines.get(i - 1);
            if (ctx.layout.isTableLine(i) || line.isBlank()) {
                continue;
            }
            String l = line.strip();
            boolean bullet = BULLET.matcher(l).lookingAt();
            if (planBesideHeadline(l, i) || costUnderHeading(l, i)) {
                continue;
            }
            if (Layout.isHeading(line)) {
                boolean unsigned = !bullet && SwedishNumbers.hasDigit(l) && unsignedResult(l);
                headline = bullet ? headline : unsigned ? "result" : null;
                if (!bullet && !unsigned && SwedishNumbers.hasDigit(l)) {
                    readHeadline(line, i);
                }
                continue;
            }
            String before = headline;
            headline = null;
            readText(line, i, null);
            headline = bullet ? before : headline;
        }
    }

    /**
     * A short line that states one figure and heads bullets ("Kostnader på 10,3 m.kr", "Intäkter med 8,2 m.kr"): its
     * figure, and what a plan in brackets under it speaks of. Short lines are headings otherwise, which hold no figure.
     */
    private void readHeadline(String line, int at) {
        if (HEADLINE.matcher(line.strip()).find()) {
            readText(line, at, null);
        }
    }

    /** "2 m.kr i resultat": the sign is not stated, so no figure; a plan in brackets below is still the result's. */
    private static boolean unsignedResult(String line) {
        return UNSIGNED_RESULT.matcher(line).matches();
    }

    /** "(Verksamhetsplanering för 2022; 10,5 m.kr)" under a headline figure: the plan for the same figure. */
    private boolean planBesideHeadline(String line, int at) {
        if (headline == null || !line.startsWith("(")) {
            return false;
        }
        Matcher m = PLAN_IN_BRACKETS.matcher(SwedishNumbers.mask(line));
        if (!m.matches()) {
            return false;
        }
        List<NumberToken> tokens = SwedishNumbers.findAll(pointless(m.group("n")));
        if (tokens.size() == 1) {
            double scale = MoneyScale.fromWord(m.group("u")).factor;
            Scenario scenario = m.group("kind").toLowerCase(Locale.ROOT).startsWith("budget") ? Scenario.BUDGET : Scenario.PLAN;
            int year = Integer.parseInt(m.group("y"));
            ctx.add(headline, "", scenario, ctx.defaultPeriod(scenario, year), tokens.get(0).value() * scale,
                    tokens.get(0).halfUlp() * scale, at, 0.7, Origin.PROSE);
        }
        return true;
    }

    /** "Uppgick till en kostnad av 1,1 m.kr" under "Aktiviteter … på strukturell nivå": the heading names the cost. */
    private boolean costUnderHeading(String line, int at) {
        if (line.length() < 8 || !(line.charAt(0) == 'U' || line.charAt(0) == 'u') || !line.regionMatches(true, 0, "uppgick", 0, 7)) {
            return false;
        }
        Matcher m = COST_OF.matcher(SwedishNumbers.mask(line));
        if (!m.lookingAt()) {
            return false;
        }
        String heading = CaseFold.fold(ctx.layout.headingAbove(at - 1));
        String concept = heading.contains("struktur") ? "costs_structural" : heading.contains("individ") ? "costs_individual" : null;
        List<NumberToken> tokens = SwedishNumbers.findAll(pointless(m.group("n")));
        if (concept != null && tokens.size() == 1) {
            double scale = MoneyScale.fromWord(m.group("u")).factor;
            Integer year = ProseTimes.statedYear(ctx.layout.headingAbove(at - 1), ctx.info.fiscalYear());
            ctx.add(concept, "", Scenario.ACTUAL, ctx.defaultPeriod(Scenario.ACTUAL, year), tokens.get(0).value() * scale,
                    tokens.get(0).halfUlp() * scale, at, 0.7, Origin.PROSE);
        }
        return concept != null;
    }

    /** Reads free text standing on one line; {@code member} fixes the insats it speaks of. */
    void readText(String text, int line, String member) {
        carriedYear = null;
        String[] sentences = sentences(text.replace("<p>", " ").replace("</p>", " "));
        ProseScopes.LineScopes lineScopes = scopes.new LineScopes(sentences, line, member);
        for (int i = 0; i < sentences.length; i++) {
            readSentence(sentences[i], line, lineScopes, i);
            Integer year = yearOf(sentences[i]);
            carriedYear = year != null ? year : carriedYear;
        }
    }

    /**
     * {@link #MAY_STATE_A_FIGURE} without trying its alternation at every position. Text with surrogate pairs
     * goes to the regex, whose lookbehind sees half a pair as a non-letter.
     */
    private static boolean mayStateAFigure(String sentence) {
        if (SwedishNumbers.hasDigit(sentence)) {
            return true;
        }
        return sentence.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? MAY_STATE_A_FIGURE.matcher(sentence).find()
                : NumberWords.containsWord(sentence);
    }

    private record Hit(String concept, int start, int end, double value) {
    }

    /** @param scopes whom the line's sentences speak of; {@code index} is this sentence's place among them */
    private void readSentence(String sentence, int line, ProseScopes.LineScopes scopes, int index) {
        if (!mayStateAFigure(sentence)) {
            return; // most sentences hold no digit and no number word: nothing for the patterns below
        }
        String masked = SwedishNumbers.mask(sentence);
        CaseFold.Folding folding = CaseFold.foldChecked(masked);
        String folded = folding.folded();
        List<Hit> counts = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        // Each cue word is looked for once per sentence; a pattern none of whose words is there cannot match.
        boolean[] present = ProsePatterns.cuesIn(folded);
        // Patterns with a literal start are tried only where it stands, when the folding kept every char in place.
        boolean charByChar = folded.length() == masked.length() && !CaseFold.hasSurrogate(masked);
        // The patterns run over the folded sentence without case conversions where its chars allow (FoldedRegex).
        String forMatching = folding.forMatching();
        for (int k = 0; k < ProsePatterns.ALL.size(); k++) {
            ProsePattern p = ProsePatterns.ALL.get(k);
            if (!ProsePatterns.mayMatch(k, present)) {
                continue;
            }
            Matcher m = p.regex().matcher(masked, forMatching).useTransparentBounds(true).useAnchoringBounds(false);
            String[] start = charByChar ? ProsePatterns.STARTS[k] : null;
            for (int from = 0; start != null ? LiteralStart.find(m, masked, folded, start, from) : m.find(from); from = m.end()) {
                int numberStart = m.start("n");
                if (!used.add(numberStart)) {
                    continue;
                }
                if (p.amount()) {
                    amount(p, m, sentence, masked, forMatching, line);
                } else if (p.share()) {
                    List<NumberToken> t = SwedishNumbers.findAll(FoldedPattern.group(m, masked, "n"));
                    if (t.size() == 1 && t.get(0).value() <= 100) {
                        counts.add(new Hit(p.concept(), m.start(), m.end(), t.get(0).value()));
                    }
                } else {
                    OptionalInt n = countOf(FoldedPattern.group(m, masked, "n"));
                    if (n.isPresent()) {
                        counts.add(new Hit(p.concept(), m.start(), m.end(), n.getAsInt()));
                    }
                }
            }
        }
        Matcher share = folded.contains("kapital") ? EQUITY_SHARE.matcher(masked) : null;
        if (share != null && share.find()) {
            NumberToken t = SwedishNumbers.findAll(share.group("n")).get(0);
            LocalDate date = firstDate(sentence);
            ctx.add("equity_to_contributions_reported", "", Scenario.ACTUAL,
                    date != null ? date : ctx.defaultPeriod(Scenario.ACTUAL, yearOf(sentence)), t.value(), t.halfUlp(), line, 0.7, Origin.PROSE);
        }
        Matcher ratio = folded.contains("soliditet") ? SOLIDITET.matcher(sentence) : null;
        if (ratio != null && ratio.find()) {
            NumberToken t = SwedishNumbers.findAll(ratio.group("n")).get(0);
            LocalDate date = ratio.group("d") != null ? Dates.firstSwedishDate(ratio.group("d")) : null;
            LocalDate period = date != null ? date : ctx.defaultPeriod(Scenario.ACTUAL, yearOf(sentence));
            ctx.add("equity_ratio_reported", "", Scenario.ACTUAL, period, t.value(), t.halfUlp(), line, 0.7, Origin.PROSE);
            Matcher before = PREVIOUS_YEAR.matcher(sentence.substring(ratio.end()));
            if (period != null && before.lookingAt()) {
                NumberToken p = SwedishNumbers.findAll(before.group("n")).get(0);
                ctx.add("equity_ratio_reported", "", Scenario.ACTUAL, period.minusYears(1), p.value(), p.halfUlp(), line, 0.7,
                        Origin.PROSE);
            }
        }
        boolean mayPair = (folded.contains("kvinnor") || folded.contains("män")) && folded.contains("och");
        Matcher g = mayPair ? GENDER_PAIR.matcher(masked, forMatching) : null;
        while (g != null && g.find()) {
            String family = "participants";
            for (Hit h : counts) {
                if (h.end() <= g.start() + 2 && (h.concept().startsWith("exits_total") || h.concept().startsWith("participants_total"))) {
                    family = h.concept().startsWith("exits") ? "exits" : "participants";
                }
            }
            genderCount(counts, family, FoldedPattern.group(g, masked, "ga"), FoldedPattern.group(g, masked, "a"), g.start(), g.end());
            genderCount(counts, family, FoldedPattern.group(g, masked, "gb"), FoldedPattern.group(g, masked, "b"), g.start(), g.end());
        }
        if (counts.isEmpty()) {
            return;
        }
        Integer stated = yearOf(sentence);
        LocalDate period = ctx.defaultPeriod(Scenario.ACTUAL, stated != null ? stated : carriedYear);
        String scope = scopes.of(index);
        for (Hit h : counts) {
            String m = h.concept().equals("board_meetings") ? "" : scope;
            if (m == null) {
                continue;
            }
            ctx.add(h.concept(), m, Scenario.ACTUAL, period, h.value(), 0.5, line, 0.7, Origin.PROSE);
        }
    }

    private void genderCount(List<Hit> counts, String family, String gender, String number, int start, int end) {
        OptionalInt n = countOf(number);
        if (n.isPresent()) {
            String suffix = gender.toLowerCase(Locale.ROOT).startsWith("k") ? "_women" : "_men";
            counts.add(new Hit(family + suffix, start, end, n.getAsInt()));
        }
    }

    /** @param forMatching the masked sentence folded for rewritten patterns, or null ({@link CaseFold#foldedForMatching}) */
    private void amount(ProsePattern p, Matcher m, String sentence, String masked, String forMatching, int line) {
        List<NumberToken> tokens = SwedishNumbers.findAll(pointless(FoldedPattern.group(m, masked, "n")));
        if (tokens.size() != 1 || masked.startsWith("/", m.end())) {
            return;
        }
        NumberToken t = tokens.get(0);
        double scale = MoneyScale.fromWord(FoldedPattern.group(m, masked, "u")).factor;
        double value = t.value() * scale;
        if (p.concept().equals("result") && p.signWord() && FoldedPattern.group(m, masked, "w") != null) {
            String w = FoldedPattern.group(m, masked, "w").toLowerCase(Locale.ROOT);
            value = w.startsWith("under") || w.startsWith("minus") ? -Math.abs(value) : Math.abs(value);
        }
        // The clause before the number, worked out once for the scenario, the year and the state's share.
        int numberStart = m.start("n");
        int clauseStart = ProseTimes.clauseStart(masked, numberStart);
        String clause = masked.substring(clauseStart, numberStart);
        String foldedClause = forMatching == null ? null : forMatching.substring(clauseStart, numberStart);
        Scenario scenario = ProseTimes.scenarioBefore(clause, foldedClause);
        Integer year = p.concept().equals("equity") ? ProseTimes.closingYear(sentence)
                : ProseTimes.yearFor(sentence, clause, numberStart, m.end(), ctx.info.fiscalYear());
        year = year == null && !p.concept().equals("equity") ? carriedYear : year;
        if (p.concept().equals("equity") && OPENING.matcher(FoldedPattern.group(m, masked)).find()) {
            // "vid årets början 2,4 m.kr i eget kapital": the previous year's closing equity
            Integer y = year != null ? year : ctx.info.fiscalYear();
            year = y == null ? null : y - 1;
        }
        LocalDate period;
        LocalDate date = p.concept().equals("equity") ? firstDate(sentence) : null;
        if (date != null) {
            period = date;
        } else {
            if (year == null && ctx.info.docType() == DocType.MINUTES) {
                year = ctx.info.fiscalYear();
            }
            if (scenario == Scenario.ACTUAL && ctx.info.docType() == DocType.MINUTES && year != null
                    && ctx.info.fiscalYear() != null && year > ctx.info.fiscalYear()) {
                scenario = Scenario.BUDGET;
            }
            period = ctx.defaultPeriod(scenario, year);
            LocalDate months = ProseTimes.periodMonths(sentence, period);
            period = scenario == Scenario.ACTUAL && months != null ? months : period;
        }
        String concept = p.concept();
        String member = "";
        if (concept.equals("costs_total") && CaseFold.fold(FoldedPattern.group(m, masked)).startsWith("kostnad")) {
            // "Administrativa kansli kostnader på 2 m.kr" is one kind of cost, not the year's costs.
            String before = masked.substring(0, m.start());
            if (ADMIN_COST_WORDS.matcher(before).find()) {
                concept = "costs_admin";
            } else if (KIND_OF_COST.matcher(before).find()) {
                return;
            }
        }
        if (concept.equals("contribution_total") && STATE.find(clause, foldedClause)) {
            concept = "contribution";
            member = "state";
        }
        ctx.add(concept, member, scenario, period, value, t.halfUlp() * scale, line, 0.7, Origin.PROSE);
        headline = concept;
        previousYearAside(masked, m.end(), concept, member, scenario, period, scale, line);
    }

    /** "21,7 mnkr (16,9 mnkr)": the figure of the same period a year earlier, in parentheses after the figure. */
    private void previousYearAside(String masked, int end, String concept, String member, Scenario scenario, LocalDate period,
                                   double scale, int line) {
        Matcher aside = PREVIOUS_YEAR.matcher(masked.substring(end));
        if (scenario != Scenario.ACTUAL || period == null || !aside.lookingAt()) {
            return;
        }
        List<NumberToken> tokens = SwedishNumbers.findAll(pointless(aside.group("n")));
        if (tokens.size() != 1) {
            return;
        }
        double s = aside.group("u") != null ? MoneyScale.fromWord(aside.group("u")).factor : scale;
        ctx.add(concept, member, scenario, period.minusYears(1), tokens.get(0).value() * s, tokens.get(0).halfUlp() * s, line, 0.7,
                Origin.PROSE);
    }

    /** "91.000" and "7.2" before a unit, as Swedish numbers: 91 000 and 7,2. */
    private static String pointless(String number) {
        if (number.indexOf('.') < 0) {
            return number;
        }
        return POINT_THOUSANDS.matcher(number).matches() ? number.replace(".", " ") : number.replace('.', ',');
    }

    /** The sentences of a text; one without a full stop, ! or ? is one sentence and needs no search. */
    private static String[] sentences(String text) {
        boolean mayEnd = text.indexOf('.') >= 0 || text.indexOf('!') >= 0 || text.indexOf('?') >= 0;
        return mayEnd ? SENTENCE_END.split(text) : new String[] {text};
    }

    /** The sentence last asked about and its year: each sentence is asked about up to three times in a row. */
    private String yearSentence;
    private Integer yearOfSentence;

    private Integer yearOf(String sentence) {
        if (!sentence.equals(yearSentence)) {
            yearOfSentence = ProseTimes.statedYear(sentence, ctx.info.fiscalYear());
            yearSentence = sentence;
        }
        return yearOfSentence;
    }

    private static LocalDate firstDate(String sentence) {
        return Dates.firstDate(sentence);
    }

    private static OptionalInt countOf(String token) {
        if (token.chars().allMatch(Character::isDigit)) {
            return token.length() > 6 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(token));
        }
        return NumberWords.parse(token);
    }
}
