package se.finsambench.pipeline.generate;

import java.util.List;
import se.finsambench.pipeline.extract.AssociationNames;

/**
 * A fictional samordningsförbund built from real municipalities of one county.
 *
 * @param name      its own name, in one of the two naming forms
 * @param place     the name without the word samordningsförbund ("Norra Ekdalen")
 */
record Association(String name, String place, String orgNumber, String countyName, String region,
                   List<MemberMunicipality> municipalities, List<Insats> insatser, HouseStyle style) {

    String id() {
        return AssociationNames.slug(name);
    }

    int workingAge() {
        return municipalities.stream().mapToInt(MemberMunicipality::workingAge).sum();
    }

    /** The seat: the largest member municipality. */
    MemberMunicipality seat() {
        return municipalities.stream().max((a, b) -> Integer.compare(a.workingAge(), b.workingAge())).orElseThrow();
    }
}
