package se.finsambench.pipeline.extract;

import java.util.List;

/**
 * The sentence shapes that state a figure, in the order they are tried (the first to claim a number
 * keeps it). Adding a phrasing is a line here.
 */
final class ProsePatterns {

    private ProsePatterns() {
    }

    static final List<ProsePattern> ALL = List.of(
            ProsePattern.amount("result", "(?<!ackumulerade )(?<!ackumulerat )(?<!balanserade )(?<!balanserat )(?<!samlade )(?<w>underskott|överskott)(?:et)?\\s+(?:på|om|med)?\\s*{N}"),
            ProsePattern.amount("result", "(?<!balanserat )(?<!balanserade )resultat\\p{L}*\\s+(?:om|på|blev|uppgick till|uppgår till|var|är)\\s+(?:ett\\s+)?(?:(?:negativt|positivt)\\s+)?(?:resultat\\s+)?(?:om\\s+|på\\s+)?{N}"),
            ProsePattern.amount("costs_total", "(?:bedrivit|bedrev|bedriver)\\s+verksamhet\\s+för\\s+{N}"),
            ProsePattern.amount("costs_total", "verksamhet\\p{L}*\\s+(?:har\\s+)?omfatta\\p{L}*\\s+{N}"),
            ProsePattern.amount("costs_total", "(?<!\\p{L})(?:verksamhets)?kostnader(?:na)?\\s+(?:för\\s+året\\s+)?(?:blev|uppgick till|uppgår till|var|för|om|på)\\s+{N}"),
            ProsePattern.amount("costs_total", "(?<!\\p{L})(?:verksamhets)?kostnader(?:na)?\\s*\\(\\s*{N}"),
            ProsePattern.amount("equity", "eg(?:et|na)\\s+kapital(?:et)?{GAP}\\s(?:uppgår|uppgick|beräknas|bedöms|var|är)\\s+(?:nu\\s+)?(?:till\\s+)?{N}"),
            ProsePattern.amount("contribution_total", "(?:medelstill\\p{L}*|medlemsavgift\\p{L}*|finansiering\\p{L}*\\s+från\\s+förbundsmedlemmarna|tilldelning\\p{L}*){GAP}\\s(?:på|till|är|blir|blev|beräknas till|beräknas bli|uppgår till|uppgick till|om)\\s+{N}"),
            ProsePattern.count("participants_total", "arbeta(?:de|t|r)?\\s+{GAP}med\\s+(?:totalt\\s+)?{C}\\s+(?:deltagare|personer)"),
            ProsePattern.count("participants_total", "(?:gett|ge|givit|gav)\\s+stöd\\s+till\\s+{C}\\s+(?:deltagare|personer)"),
            ProsePattern.count("participants_total", "insatser\\s+för\\s+{C}\\s+personer"),
            ProsePattern.count("participants_total", "deltog\\s+{C}\\s+deltagare"),
            ProsePattern.count("participants_total", "fick\\s+{C}\\s+personer\\s+delta"),
            ProsePattern.count("participants_total", "(?<![\\p{L}])({C})\\s+(?:deltagare|personer)\\s+(?:har\\s+)?(?:varit\\s+)?(?:aktiva|aktuella)"),
            ProsePattern.count("exits_total", "avslutat(?:s)?\\s+(?:totalt\\s+)?{C}\\s+deltagare"),
            ProsePattern.count("exits_total", "(?<!övriga )(?<!resterande )(?<![\\p{L}])({C})\\s+deltagare\\s+(?:har\\s+)?avslutades(?!\\s+(?:till|med|mot|på grund|pga|av|efter|direkt|utan))"),
            ProsePattern.count("exits_total", "av\\s+de\\s+{C}\\s+(?:avslutade\\s+deltagarna|deltagare\\s+som\\s+avslutades|deltagarna\\s+som\\s+avslutades)"),
            ProsePattern.count("exits_total", "avslut\\s+har\\s+gjorts\\s+med\\s+{C}"),
            ProsePattern.count("exits_total", "avslutades\\s+{C}\\s+(?:deltagare\\s+)?(?:under|i\\s+år|totalt)"),
            ProsePattern.count("exits_work_or_studies", "(?<![\\p{L}])({C})\\s+(?:av\\s+(?:deltagarna|dem)\\s+)?(?:har\\s+)?avslutats\\s+till\\s+arbete\\s+eller\\s+(?:studier|utbildning)"),
            ProsePattern.count("exits_work", "(?<![\\p{L}])({C})\\s+deltagare\\s+(?:\\(\\s*\\d+\\s?%\\s*\\)\\s+)?(?:började\\s+arbeta|(?:gick|gått)\\s+vidare\\s+till\\s+arbete(?!\\s+eller)|till\\s+arbete(?!\\s+eller))"),
            ProsePattern.count("exits_work", "gick\\s+{C}\\s+deltagare\\s+vidare\\s+till\\s+arbete(?!\\s+eller)"),
            ProsePattern.count("exits_work", "(?<![\\p{L}\\d,])({C})\\s+(?:deltagare\\s+)?(?:gick|har gått|gått)\\s+(?:vidare\\s+)?till\\s+(?:arbete|anställning)(?!\\s+eller)"),
            ProsePattern.count("exits_studies", "(?<![\\p{L}\\d,])({C})\\s+(?:deltagare\\s+)?(?:(?:gick|har gått|gått)\\s+(?:vidare\\s+)?)?till\\s+(?:studier|utbildning)(?!\\s+eller)"),
            ProsePattern.count("exits_studies", "(?<![\\p{L}])({C})\\s+deltagare\\s+(?:\\(\\s*\\d+\\s?%\\s*\\)\\s+)?(?:började\\s+studera|(?:gick|gått)\\s+vidare\\s+till\\s+studier|till\\s+studier)"),
            ProsePattern.count("board_meetings", "styrelsen\\s+(?:har\\s+)?(?:under\\s+(?:år\\s+)?(?:19|20)\\d{2}\\s+)?(?:haft|hade|genomfört|hållit)\\s+{C}\\s+(?:protokollförda\\s+)?(?:fysiska\\s+|digitala\\s+)?(?:sammanträden|möten|styrelsemöten|sammanträde)"),
            ProsePattern.count("board_meetings", "styrelsen\\s+(?:har\\s+)?(?:under\\s+(?:år\\s+)?(?:19|20)\\d{2}\\s+)?sammanträtt\\s+{C}\\s+gånger"),
            ProsePattern.count("board_meetings", "(?<![\\p{L}])({C})\\s+(?:protokollförda\\s+)?styrelsemöten\\s+(?:har\\s+)?(?:hållits|genomförts)"));
}
