package se.finsambench.webapp.pages.overview;

/** A big change of one association's indicator since the year before, scaled by the national spread. */
public record Mover(String associationId, String name, String indicator, String label, String unit, int year,
                    Double from, Double to, double change, double scaled) {
}
