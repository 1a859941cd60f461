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
    private static final FoldedPattern BUDGET_CUE = FoldedPattern.compile("(?iu)budget(?!år)\\p{L}*|planer\\p{L}*|planerade");
    private static final FoldedPattern FORECAST_CUE = FoldedPattern.compile("(?iu)prognos\\p{L}*|beräknas|bedöms bli");
    private static final FoldedPattern PLAN_CUE = FoldedPattern.compile("(?iu)flerårsplan\\p{L}*");
    private static final Pattern DATE = Dates.DATE;
    private static final FoldedPattern YEAR_AFTER_WORD = FoldedPattern.compile("(?iu)(?:för|under|år|året|inför)\\s+(?:år\\s+)?((?:19|20)\\d{2})(?![\\d-])");
    private static final Pattern WHOLE_ASSOCIATION = Pattern.compile(
            "(?iu)\\b(förbundet|förbundets|samordningsförbundet|samordningsförbundets|samtliga insatser|alla insatser|insatserna|individinsatser\\p{L}*|verksamheterna|individinriktade insatser)\\b");
    private static final Pattern MAY_STATE_A_FIGURE = Pattern.compile(
            "\\d|(?iu)(?<![\\p{L}])(?:" + NumberWords.ALTERNATION + ")(?![\\p{L}])");
    private static final FoldedPattern STATE = FoldedPattern.compile("(?iu)\\bstat(en|lig)");
    private static final Pattern YEAR = Dates.YEAR;
    private static final Pattern YEAR_EARLIER = Pattern.compile(
            "(?iu)(?<!än )(?<!än för )(?<!jämfört med )(?:för|under|år|inför)\\s+(?:år\\s+)?((?:19|20)\\d{2})(?![\\d-])");
    private static final Pattern YEAR_RIGHT_AFTER = Pattern.compile(
            "^[^.\\d]{0,12}?(?<!än )(?:för|under|år)\\s+(?:år\\s+)?((?:19|20)\\d{2})(?![\\d-])");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
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
    private static final Pattern CLOSING_YEAR = Pattern.compile(
            "(?iu)vid\\s+(?:utgången\\s+av|slutet\\s+av)\\s+((?:19|20)\\d{2})|vid\\s+((?:19|20)\\d{2})\\s+års\\s+(?:bokslut|slut)");
    private static final Pattern OPENING = Pattern.compile("(?iu)årets\\s+början");
    private static final Pattern PERIOD_MONTHS = Pattern.compile("(?iu)perioden\\s+januari\\s*[-–]\\s*(\\p{L}+)");
    /** A word before "kostnader" that makes them one kind of cost ("övriga kostnader", "projektets kostnader"). */
    private static final Pattern KIND_OF_COST = Pattern.compile(
            "(?iu)\\b(övriga|indirekta|direkta|externa|interna|finansiella|strukturella|individinriktade|projekt\\p{L}*"
            + "|insats\\p{L}*|lokal\\p{L}*|personal\\p{L}*|rese?\\p{L}*|avskrivnings\\p{L}*|styrelse\\p{L}*)\\s+$");
    private static final Pattern ADMIN_COST_WORDS = Pattern.compile("(?iu)\\b(administrativ\\p{L}*|kansli\\p{L}*)\\s+(?:kansli\\s+)?$");

    private final ExtractionContext ctx;
    private InterventionMentions mentions = InterventionMentions.of(Map.of());
    /** The year an earlier sentence on the same line named ("… för 2024 blir … Tillsammans … ger det …"). */
    private Integer carriedYear;
    /** The concept of the last headline figure ("Kostnader på 10,3 m.kr"); bullets below it do not change it. */
    private String headline;

    ProseReader(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    /** Insats names known from the tables, so sentences can be attributed to one of them. */
    void knowInterventions(Map<String, String> canonicalByName) {
        this.mentions = InterventionMentions.of(canonicalByName);
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
            Integer year = statedYear(ctx.layout.headingAbove(at - 1));
            ctx.add(concept, "", Scenario.ACTUAL, ctx.defaultPeriod(Scenario.ACTUAL, year), tokens.get(0).value() * scale,
                    tokens.get(0).halfUlp() * scale, at, 0.7, Origin.PROSE);
        }
        return concept != null;
    }

    /** Reads free text standing on one line; {@code member} fixes the insats it speaks of. */
    void readText(String text, int line, String member) {
        carriedYear = null;
        String[] sentences = sentences(text.replace("<p>", " ").replace("</p>", " "));
        LineScopes scopes = new LineScopes(sentences, line, member);
        for (int i = 0; i < sentences.length; i++) {
            readSentence(sentences[i], line, scopes, i);
            Integer year = yearOf(sentences[i]);
            carriedYear = year != null ? year : carriedYear;
        }
    }

    /**
     * Whom each sentence of a line speaks of ({@link #scopeOf}, each sentence's depending on the one's before),
     * worked out in order and only as far as a sentence with a count asks: most sentences state none.
     */
    private final class LineScopes {
        private final String[] sentences;
        private final int line;
        private final String member;
        private final String[] scopes;
        /** Scopes {@code [0, known)} are worked out. */
        private int known;

        LineScopes(String[] sentences, int line, String member) {
            this.sentences = sentences;
            this.line = line;
            this.member = member;
            this.scopes = new String[sentences.length];
        }

        /** The insats member sentence {@code i} speaks of, "" for the association, null when unknown. */
        String of(int i) {
            if (member != null) {
                return member;
            }
            for (; known <= i; known++) {
                scopes[known] = scopeOf(sentences[known], line, known == 0 ? null : scopes[known - 1]);
            }
            return scopes[i];
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
    private void readSentence(String sentence, int line, LineScopes scopes, int index) {
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
            String start = charByChar ? ProsePatterns.STARTS[k] : null;
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
        Matcher g = folded.contains("kvinnor") || folded.contains("män") ? GENDER_PAIR.matcher(masked, forMatching) : null;
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
        int clauseStart = clauseStart(masked, numberStart);
        String clause = masked.substring(clauseStart, numberStart);
        String foldedClause = forMatching == null ? null : forMatching.substring(clauseStart, numberStart);
        Scenario scenario = scenarioBefore(clause, foldedClause);
        Integer year = p.concept().equals("equity") ? closingYear(sentence) : yearFor(sentence, clause, numberStart, m.end());
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
            LocalDate months = periodMonths(sentence, period);
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

    /** "Vid utgången av 2022 ett eget kapital på 300 tkr": the year a closing balance is stated for. */
    private static Integer closingYear(String sentence) {
        Matcher y = CLOSING_YEAR.matcher(sentence);
        return y.find() ? Integer.valueOf(y.group(1) != null ? y.group(1) : y.group(2)) : null;
    }

    /** "för perioden januari – augusti": the last day of the last month named, in the period's year. */
    private static LocalDate periodMonths(String sentence, LocalDate period) {
        Matcher m = PERIOD_MONTHS.matcher(sentence);
        if (period == null || !m.find()) {
            return null;
        }
        int month = Dates.month(m.group(1));
        return month < 1 ? null : java.time.YearMonth.of(period.getYear(), month).atEndOfMonth();
    }

    /** Where the words before a number start: after the previous figure (or at the sentence start); years do not end a clause. */
    private static int clauseStart(String masked, int numberStart) {
        int from = 0;
        for (NumberToken t : SwedishNumbers.findAll(masked.substring(0, numberStart))) {
            boolean year = t.decimals() == 0 && t.value() >= 1990 && t.value() <= 2099
                    && FOUR_DIGITS.matcher(masked.substring(t.start(), t.end())).matches();
            from = year ? from : t.end();
        }
        return from;
    }

    /**
     * The year an amount is for: one named before it in its clause ("för 2024 blir 1 450 000 kr"), or
     * right after it ("3 084 000 kr för 2021") unless as a comparison ("… mer än för 2023").
     */
    private Integer yearFor(String sentence, String clause, int numberStart, int numberEnd) {
        Integer doc = ctx.info.fiscalYear();
        Matcher before = YEAR.matcher(clause);
        Integer found = null;
        while (before.find()) {
            int y = Integer.parseInt(before.group(1));
            found = plausible(y, doc) ? Integer.valueOf(y) : found;
        }
        if (found != null) {
            return found;
        }
        // Earlier in the sentence: "Budgeten för 2021 innehåller … mer än medelstilldelningen på 3 084 000 kr".
        Matcher earlier = YEAR_EARLIER.matcher(sentence.substring(0, Math.min(numberStart, sentence.length())));
        while (earlier.find()) {
            int y = Integer.parseInt(earlier.group(1));
            found = plausible(y, doc) ? Integer.valueOf(y) : found;
        }
        if (found != null) {
            return found;
        }
        String after = sentence.substring(numberEnd, Math.min(sentence.length(), numberEnd + 30));
        Matcher next = YEAR_RIGHT_AFTER.matcher(after);
        if (next.find() && plausible(Integer.parseInt(next.group(1)), doc)) {
            return Integer.parseInt(next.group(1));
        }
        return null;
    }

    /**
     * Budget and forecast words count only before the number, after any earlier figure ({@code clause}, and its
     * folding for rewritten patterns or null).
     */
    private static Scenario scenarioBefore(String clause, String folded) {
        if (PLAN_CUE.find(clause, folded)) {
            return Scenario.PLAN;
        }
        if (FORECAST_CUE.find(clause, folded)) {
            return Scenario.FORECAST;
        }
        if (BUDGET_CUE.find(clause, folded)) {
            return Scenario.BUDGET;
        }
        return Scenario.ACTUAL;
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
            yearOfSentence = statedYear(sentence);
            yearSentence = sentence;
        }
        return yearOfSentence;
    }

    /** Whether the text has "19" or "20" and two more digits, which every year the patterns find starts with. */
    private static boolean mayHoldYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (((a == '1' && b == '9') || (a == '2' && b == '0')) && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Integer statedYear(String sentence) {
        if (!mayHoldYear(sentence)) {
            return null; // no year written
        }
        String noDates = sentence.indexOf('-') < 0 ? sentence : DATE.matcher(sentence).replaceAll(" "); // a date has dashes
        Integer doc = ctx.info.fiscalYear();
        Matcher w = YEAR_AFTER_WORD.matcher(noDates, CaseFold.foldChecked(noDates).forMatching());
        while (w.find()) {
            int y = Integer.parseInt(noDates.substring(w.start(1), w.end(1)));
            if (plausible(y, doc)) {
                return y;
            }
        }
        Set<Integer> years = new LinkedHashSet<>();
        Matcher y = YEAR.matcher(noDates);
        while (y.find()) {
            int v = Integer.parseInt(y.group(1));
            if (plausible(v, doc)) {
                years.add(v);
            }
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    private static boolean plausible(int year, Integer doc) {
        return doc == null || (year >= doc - 6 && year <= doc + 5);
    }

    /** {@link #WHOLE_ASSOCIATION}, tried only when one of the words all its phrasings contain is there. */
    private static boolean speaksOfWholeAssociation(String text) {
        String folded = CaseFold.fold(text);
        boolean may = folded.contains("förbund") || folded.contains("insats") || folded.contains("verksamheterna");
        return may && WHOLE_ASSOCIATION.matcher(text).find();
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

    /**
     * Whom a sentence's head counts belong to: the one insats it names; the association when it names
     * several or speaks of the association as a whole; else what the previous sentence on the line
     * spoke of; else the insats or the association its section heading names. Null when none of
     * these tell — such a count is left out rather than given to the wrong party.
     */
    private String scopeOf(String sentence, int line, String previous) {
        Set<String> named = mentions.named(sentence);
        if (named.size() == 1) {
            String name = named.iterator().next();
            return name.startsWith(InterventionMentions.UNKNOWN) ? null : "intervention:" + name;
        }
        if (named.size() > 1 || speaksOfWholeAssociation(sentence)) {
            return "";
        }
        if (previous != null) {
            return previous;
        }
        String heading = ctx.layout.sectionHeadingAbove(line);
        Set<String> inHeading = mentions.named(heading);
        if (inHeading.size() == 1) {
            String name = inHeading.iterator().next();
            return name.startsWith(InterventionMentions.UNKNOWN) ? null : "intervention:" + name;
        }
        return inHeading.isEmpty() && speaksOfWholeAssociation(heading) ? "" : null;
    }
}
