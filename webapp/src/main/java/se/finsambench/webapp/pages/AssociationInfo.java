package se.finsambench.webapp.pages;

import java.util.List;

/**
 * An association as the pages group it: counties from its member municipalities (SCB codes), working-age
 * population of the members (20–74, nearest SCB year) and the size class that follows from it.
 */
public record AssociationInfo(String id, String name, String orgNumber, String county, List<String> countyCodes,
                              List<String> members, Double workingAge, String sizeClass) {
}
