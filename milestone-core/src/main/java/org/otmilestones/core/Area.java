package org.otmilestones.core;

import java.util.List;
import java.util.Objects;

/**
 * One of the OT areas a checklist covers, with the texts that explain it to a parent.
 *
 * @param id stable id, for example {@code fine_motor}
 * @param plainName the everyday name, for example "Using hands and fingers"
 * @param technicalName the name therapists use, for example "Fine motor"
 * @param whatItIs what the area is, in two or three plain sentences
 * @param whyItMatters why it matters in play, school, eating, dressing and friendships
 * @param signsOfDifficulty signs that a child may find this area hard, each with the ages it speaks to
 * @param redFlags signs that mean: talk to your child's doctor, each with the ages it speaks to
 */
public record Area(String id, LocalizedText plainName, LocalizedText technicalName, LocalizedText whatItIs,
        LocalizedText whyItMatters, List<Sign> signsOfDifficulty, List<Sign> redFlags) {

    public Area {
        Ids.require(id, "id");
        Objects.requireNonNull(plainName, "plainName");
        Objects.requireNonNull(technicalName, "technicalName");
        Objects.requireNonNull(whatItIs, "whatItIs");
        Objects.requireNonNull(whyItMatters, "whyItMatters");
        signsOfDifficulty = List.copyOf(Objects.requireNonNull(signsOfDifficulty, "signsOfDifficulty"));
        redFlags = List.copyOf(Objects.requireNonNull(redFlags, "redFlags"));
    }

    /** The signs of difficulty that speak to children at this checkpoint. */
    public List<Sign> signsAt(Checkpoint checkpoint) {
        return signsOfDifficulty.stream().filter(s -> s.appliesAt(checkpoint)).toList();
    }

    /** The red flags that speak to children at this checkpoint. */
    public List<Sign> redFlagsAt(Checkpoint checkpoint) {
        return redFlags.stream().filter(s -> s.appliesAt(checkpoint)).toList();
    }
}
