package org.otmilestones.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Answer;

/**
 * One checklist as the database holds it: the child, the family's answers so far, and where it stands.
 *
 * @param id the database id
 * @param source filled in on the page, or read from a survey export
 * @param importId the import it came from, for imported rows
 * @param importLine the file line of an imported row (0 for the page)
 * @param childId the clinic's id for the child
 * @param childName the child's name
 * @param dateOfBirth the date of birth
 * @param weeksAtBirth weeks of pregnancy at birth, if given
 * @param completedBy who filled it in, if given
 * @param language the family's language, for the page and the handout
 * @param checkpointId the checklist the family was given (page checklists)
 * @param assessedOn the day the checklist was filled in
 * @param createdAt when the row was made
 * @param finishedAt when the family finished (imported rows are finished when imported)
 * @param reviewedAt when staff marked it as reviewed
 * @param answers the answers given, by question id, in the form's order
 */
record StoredChecklist(long id, Source source, Optional<Long> importId, int importLine, String childId,
        Optional<String> childName, LocalDate dateOfBirth, Optional<Integer> weeksAtBirth, Optional<String> completedBy,
        String language, Optional<String> checkpointId, LocalDate assessedOn, Instant createdAt,
        Optional<Instant> finishedAt, Optional<Instant> reviewedAt, Map<String, Answer> answers) {

    /** Where a checklist came from. */
    enum Source {
        /** Filled in on the family's page. */
        PAGE,
        /** A row of a survey export that staff imported. */
        IMPORT
    }

    /** Where a checklist stands. */
    enum State {
        /** The family has not finished it. */
        IN_PROGRESS,
        /** Finished, not yet reviewed. */
        FINISHED,
        /** Finished and reviewed by staff. */
        REVIEWED
    }

    StoredChecklist {
        Objects.requireNonNull(source, "source");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    State state() {
        if (finishedAt.isEmpty()) {
            return State.IN_PROGRESS;
        }
        return reviewedAt.isPresent() ? State.REVIEWED : State.FINISHED;
    }

    /** The id only: a name, a birth date or an answer must never reach a log through toString. */
    @Override
    public String toString() {
        return "StoredChecklist[id=" + id + ", childId=" + childId + ", state=" + state() + "]";
    }
}
