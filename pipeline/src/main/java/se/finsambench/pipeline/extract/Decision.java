package se.finsambench.pipeline.extract;

/** A board decision in minutes: the paragraph (§) it stands under, its text and any amount granted. */
public record Decision(String paragraph, String title, String decisionText, Double amountSek, int sourceLine) {
}
