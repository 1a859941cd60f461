package se.finsambench.pipeline.generate;

/** A member municipality: its SCB short name and its working-age (20–74) inhabitants. */
record MemberMunicipality(String name, int workingAge) {

    /** "Säffle kommun", "Åstorps kommun": names ending in a vowel or s take no genitive s. */
    String asKommun() {
        return genitive() + " kommun";
    }

    String genitive() {
        return "aeiouyåäösxz".indexOf(Character.toLowerCase(name.charAt(name.length() - 1))) >= 0 ? name : name + "s";
    }
}
