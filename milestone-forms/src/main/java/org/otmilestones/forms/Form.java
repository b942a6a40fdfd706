package org.otmilestones.forms;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.FormNames;
import org.otmilestones.core.Milestone;

/**
 * What a form holds: the catalog, one checkpoint's checklist or every checkpoint (a section per age), and the
 * languages of its texts, the first being the form's main language.
 *
 * @param catalog the catalog the questions come from
 * @param checkpoint the one checkpoint, or empty for a form with a section per checkpoint
 * @param languages the languages, main one first; formats without translations use only the first
 */
public record Form(Catalog catalog, Optional<Checkpoint> checkpoint, List<String> languages) {

    public Form {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(checkpoint, "checkpoint");
        checkpoint.ifPresent(c -> {
            if (!catalog.checkpoints().contains(c)) {
                throw new IllegalArgumentException("checkpoint " + c.id() + " is not in catalog " + catalog.id());
            }
        });
        languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages must name at least one language");
        }
        Set<String> seen = new HashSet<>();
        for (String language : languages) {
            if (!catalog.languages().contains(language) || !seen.add(language)) {
                throw new IllegalArgumentException("languages must be distinct languages of the catalog "
                        + catalog.languages() + ", were " + languages);
            }
        }
    }

    /** The checklist of one checkpoint, in these languages (main one first). */
    public static Form of(Catalog catalog, Checkpoint checkpoint, List<String> languages) {
        return new Form(catalog, Optional.of(Objects.requireNonNull(checkpoint, "checkpoint")), languages);
    }

    /** One form with a section per checkpoint, in these languages (main one first). */
    public static Form everyCheckpoint(Catalog catalog, List<String> languages) {
        return new Form(catalog, Optional.empty(), languages);
    }

    /** The main language. */
    public String language() {
        return languages.get(0);
    }

    /** True for a form with a section per checkpoint, shown by the child's age. */
    public boolean hasEveryCheckpoint() {
        return checkpoint.isEmpty();
    }

    /** The checkpoints the form asks about, youngest first. */
    public List<Checkpoint> checkpoints() {
        return checkpoint.map(List::of).orElse(catalog.checkpoints());
    }

    /** The signs of how a child handles the senses that any of the form's checkpoints asks, in catalog order. */
    public List<org.otmilestones.core.SensorySign> sensorySigns() {
        return catalog.sensorySigns().signs().stream()
                .filter(sign -> checkpoints().stream().anyMatch(c -> catalog.sensorySigns().askedAt(c).contains(sign)))
                .toList();
    }

    /** The milestones of one area at one of the form's checkpoints, in catalog order. */
    public List<Milestone> milestones(Area area, Checkpoint at) {
        return catalog.milestones(area, at);
    }

    /**
     * The form's id, for the tools that need one: letters, digits and underscores, such as
     * {@code otm_default_24m} or {@code otm_default_all}.
     */
    public String id() {
        return FormNames.sanitize(catalog.id() + "_" + checkpoint.map(Checkpoint::id).orElse("all"));
    }
}
