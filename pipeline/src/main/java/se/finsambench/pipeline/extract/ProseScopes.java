package se.finsambench.pipeline.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whom the counts of a document's sentences belong to: an insats the sentence or its section heading names, or
 * the association as a whole ({@link ProseReader}'s counts).
 */
final class ProseScopes {

    private static final Pattern WHOLE_ASSOCIATION = Pattern.compile(
            "(?iu)\\b(förbundet|förbundets|samordningsförbundet|samordningsförbundets|samtliga insatser|alla insatser|insatserna|individinsatser\\p{L}*|verksamheterna|individinriktade insatser)\\b");

    private final InterventionMentions mentions;
    private final Layout layout;

    ProseScopes(InterventionMentions mentions, Layout layout) {
        this.mentions = mentions;
        this.layout = layout;
    }

    /** {@link #WHOLE_ASSOCIATION}, tried only when one of the words all its phrasings contain is there. */
    private static boolean speaksOfWholeAssociation(String text) {
        String folded = CaseFold.fold(text);
        boolean may = folded.contains("förbund") || folded.contains("insats") || folded.contains("verksamheterna");
        return may && WHOLE_ASSOCIATION.matcher(text).find();
    }

    /**
     * Whom a sentence's head counts belong to: the one insats it names; the association when it names
     * several or speaks of the association as a whole; else what the previous sentence on the line
     * spoke of; else the insats or the association its section heading names. Null when none of
     * these tell — such a count is left out rather than given to the wrong party.
     */
    String scopeOf(String sentence, int line, String previous) {
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
        String heading = layout.sectionHeadingAbove(line);
        Set<String> inHeading = mentions.named(heading);
        if (inHeading.size() == 1) {
            String name = inHeading.iterator().next();
            return name.startsWith(InterventionMentions.UNKNOWN) ? null : "intervention:" + name;
        }
        return inHeading.isEmpty() && speaksOfWholeAssociation(heading) ? "" : null;
    }

    /**
     * Whom each sentence of a line speaks of ({@link #scopeOf}, each sentence's depending on the one's before),
     * worked out in order and only as far as a sentence with a count asks: most sentences state none.
     */
    final class LineScopes {
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
}
