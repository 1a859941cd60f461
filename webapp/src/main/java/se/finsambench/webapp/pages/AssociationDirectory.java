package se.finsambench.webapp.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import se.finsambench.webapp.lake.AssociationQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.reference.Municipalities;
import se.finsambench.webapp.reference.Population;

/** All associations of the current run with county codes and size, computed once per run. */
public final class AssociationDirectory {

    /** Size classes by working-age inhabitants of the member municipalities. */
    public static final Map<String, String> SIZE_CLASSES = Map.of(
            "liten", "under 50 000 invånare 20–74 år",
            "medel", "50 000–150 000 invånare 20–74 år",
            "stor", "över 150 000 invånare 20–74 år");

    private final Lake lake;
    private final AssociationQueries queries;
    private final Municipalities municipalities;
    private final Population population;

    public AssociationDirectory(Lake lake, Municipalities municipalities, Population population) {
        this.lake = lake;
        this.queries = new AssociationQueries(lake);
        this.municipalities = municipalities;
        this.population = population;
    }

    public Map<String, AssociationInfo> all() {
        return lake.cached("directory", this::load);
    }

    public Optional<AssociationInfo> find(String id) {
        return Optional.ofNullable(all().get(id));
    }

    public AssociationInfo require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Det finns inget samordningsförbund med id " + id));
    }

    public Municipalities municipalities() {
        return municipalities;
    }

    public Population population() {
        return population;
    }

    private Map<String, AssociationInfo> load() {
        Map<String, AssociationInfo> out = new LinkedHashMap<>();
        int year = java.time.Year.now().getValue();
        for (Map<String, Object> r : queries.all()) {
            @SuppressWarnings("unchecked")
            List<String> members = r.get("members") == null ? List.of() : (List<String>) r.get("members");
            TreeSet<String> codes = new TreeSet<>();
            double people = 0;
            boolean complete = !members.isEmpty();
            for (String m : members) {
                municipalities.byName(m).ifPresent(x -> codes.add(x.countyCode()));
                Optional<Population.WorkingAge> w = population.workingAge(m, year);
                complete &= w.isPresent();
                people += w.map(Population.WorkingAge::people).orElse(0.0);
            }
            String county = (String) r.get("county");
            if (codes.isEmpty() && county != null) {
                for (String name : county.split(",\\s*")) {
                    municipalities.counties().stream().filter(c -> c.name().equalsIgnoreCase(name))
                            .forEach(c -> codes.add(c.code()));
                }
            }
            Double workingAge = complete ? people : null;
            String size = workingAge == null ? null : workingAge < 50_000 ? "liten" : workingAge <= 150_000 ? "medel" : "stor";
            String id = (String) r.get("association_id");
            out.put(id, new AssociationInfo(id, (String) r.get("name"), (String) r.get("org_number"), county,
                    new ArrayList<>(codes), members, workingAge, size));
        }
        return out;
    }
}
