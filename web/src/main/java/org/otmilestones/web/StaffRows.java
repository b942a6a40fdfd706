package org.otmilestones.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.AreaStatus;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.StatusReason;

/** Words the staff table the way the command line's table does: one status word per area, and the doctor notice. */
final class StaffRows {

    /** The command line's legend (its status words and next steps), and the doctor column. */
    static final String LEGEND = "Status words: on-track, practice (keep practicing), talk-to-OT, too-few (not enough"
            + " answers), not-asked, not-counted (asked, but none counted at this age). Next step (the handout's page 1): doctor-soon (a red-flag answer), OT-evaluation,"
            + " check-again (in a month or two), answer-rest (too few answers), keep-playing."
            + " Doctor YES = a red-flag answer: talk to the child's doctor.";

    private final Results results;

    StaffRows(Results results) {
        this.results = results;
    }

    List<String> areaNames() {
        List<String> names = new ArrayList<>();
        for (Area area : results.catalog().areas()) {
            // The technical name without its explanation in brackets: "Visual-motor", as short as the terminal's.
            names.add(area.technicalName().in("en").replaceAll("\\s*\\(.*\\)\\s*", "").strip());
        }
        return names;
    }

    /** The area's word as the command line prints it: "not-counted" when it was asked but none counts at this age. */
    static Views.Status status(AreaResult area) {
        return area.reason() == StatusReason.NONE_COUNTED ? new Views.Status("not-counted", "s-not-asked")
                : status(area.status());
    }

    /** The status word the command line prints. */
    static Views.Status status(AreaStatus status) {
        return switch (status) {
            case ON_TRACK -> new Views.Status("on-track", "s-on-track");
            case KEEP_PRACTICING -> new Views.Status("practice", "s-practice");
            case TALK_TO_OT -> new Views.Status("talk-to-OT", "s-talk");
            case NOT_ENOUGH_ANSWERS -> new Views.Status("too-few", "s-too-few");
            case NOT_ASKED -> new Views.Status("not-asked", "s-not-asked");
        };
    }

    /** The staff word for where a checklist stands. */
    static String state(StoredChecklist c) {
        return switch (c.state()) {
            case IN_PROGRESS -> "in progress";
            case FINISHED -> "finished";
            case REVIEWED -> "reviewed";
        };
    }

    Views.Row row(StoredChecklist c) {
        String name = c.childName().orElse("(no name)");
        if (c.finishedAt().isEmpty()) {
            String checklist = c.checkpointId().orElse("");
            int answered = (int) c.answers().values().stream().filter(a -> a != org.otmilestones.core.Answer.NO_ANSWER).count();
            int asked = results.form(c).map(f -> f.positions().size()).orElse(0);
            return new Views.Row(c.id(), name, c.childId(), checklist, List.of(), "", "", state(c), c.assessedOn().toString(),
                    Optional.of("not finished yet: " + answered + " of " + asked + " questions answered"));
        }
        ChecklistResult result;
        try {
            result = results.score(c);
        } catch (InvalidAssessmentException e) {
            return new Views.Row(c.id(), name, c.childId(), "", List.of(), "", "", state(c), c.assessedOn().toString(),
                    Optional.of("cannot be scored: " + e.getMessage()));
        }
        return row(c, result);
    }

    Views.Row row(StoredChecklist c, ChecklistResult result) {
        Catalog catalog = results.catalog();
        List<Views.Status> statuses = new ArrayList<>();
        for (Area area : catalog.areas()) {
            statuses.add(result.area(area.id()).map(StaffRows::status).orElse(new Views.Status("", "")));
        }
        return new Views.Row(c.id(), c.childName().orElse("(no name)"), c.childId(), result.checkpoint().id(), statuses,
                result.nextStep().word(), result.talkToDoctor() ? "YES" : "no", state(c),
                c.assessedOn().toString(), Optional.empty());
    }
}
