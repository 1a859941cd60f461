package se.finsambench.pipeline.extract;

import java.util.List;

/** An insats (intervention) with its canonical name for this document and the spellings that resolve to it. */
public record Intervention(String name, List<String> aliases) {
    public Intervention {
        aliases = List.copyOf(aliases);
    }
}
