package se.finsambench.pipeline.generate;

/** A real municipality with its county and working-age (20–74) population on 31 Dec 2021. */
record ReferenceMunicipality(String code, String name, String countyCode, String countyName, int workingAge) {
}
