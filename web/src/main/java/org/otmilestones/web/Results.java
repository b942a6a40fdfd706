package org.otmilestones.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.pdf.PdfHandouts;

/**
 * Scores stored checklists and renders their handouts with the library, exactly as {@code otm report}
 * does for the same child and answers: nothing here decides a status or words a handout.
 */
final class Results {

    private final Catalog catalog;
    /** Each checkpoint's form, built once: every answer a family gives looks its form up. */
    private final java.util.Map<String, ChecklistForm> forms = new java.util.concurrent.ConcurrentHashMap<>();
    /** One renderer for the server: it keeps the lines every handout shares, broken once. */
    private final PdfHandouts renderer = PdfHandouts.create();
    /**
     * Whether each finished checklist has a red flag, by id: a finished checklist's answers never change,
     * so it is scored for the staff list's filter once; a deleted one is forgotten.
     */
    private final java.util.Map<Long, Boolean> talkToDoctor = new java.util.concurrent.ConcurrentHashMap<>();

    Results(Catalog catalog) {
        this.catalog = catalog;
    }

    Catalog catalog() {
        return catalog;
    }

    /** The form a page checklist was given. */
    Optional<ChecklistForm> form(StoredChecklist checklist) {
        return checklist.checkpointId().flatMap(catalog::checkpoint).map(this::form);
    }

    ChecklistForm form(Checkpoint checkpoint) {
        return forms.computeIfAbsent(checkpoint.id(), id -> ChecklistForm.of(catalog, checkpoint));
    }

    /** The child as the scorer and the handout see it. */
    static Child child(StoredChecklist checklist) {
        return new Child(checklist.childId(), checklist.childName(), checklist.dateOfBirth(), checklist.weeksAtBirth());
    }

    /** The answers as the scorer sees them: a page form's every question, or an imported row as it was read. */
    Answers answers(StoredChecklist checklist) {
        if (checklist.source() == StoredChecklist.Source.PAGE) {
            return form(checklist).map(f -> f.answers(checklist.answers(), checklist.completedBy()))
                    .orElseGet(() -> new Answers(checklist.answers(), Optional.empty(), checklist.completedBy()));
        }
        return new Answers(checklist.answers(), checklist.checkpointId(), checklist.completedBy());
    }

    /** Scores the checklist with the library's scorer. */
    ChecklistResult score(StoredChecklist checklist) throws InvalidAssessmentException {
        return ChecklistScorer.score(catalog, child(checklist), answers(checklist), checklist.assessedOn());
    }

    /**
     * The handout's options for this checklist: the family's language when the catalog and the handout
     * both have it (as {@code otm report} chooses per row), else the catalog's default.
     */
    ReportOptions options(StoredChecklist checklist, ReportOptions clinicDefaults) {
        String language = checklist.language().toLowerCase(Locale.ROOT);
        boolean known = catalog.languages().contains(language) && ReportOptions.availableLanguages().contains(language);
        return clinicDefaults.withLanguage(known ? language : catalog.defaultLanguage());
    }

    /** The handout as PDF bytes. */
    byte[] handout(StoredChecklist checklist, ReportOptions clinicDefaults) throws InvalidAssessmentException, IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(96 * 1024);
        renderer.handout(score(checklist), catalog, options(checklist, clinicDefaults), pdf);
        return pdf.toByteArray();
    }

    /**
     * True when a finished checklist has an answer that says to talk to the child's doctor; false for an
     * unfinished one or one that cannot be scored. Remembered for finished checklists.
     */
    boolean talkToDoctor(StoredChecklist checklist) {
        if (checklist.finishedAt().isEmpty()) {
            return false;
        }
        return talkToDoctor.computeIfAbsent(checklist.id(), id -> {
            try {
                return score(checklist).talkToDoctor();
            } catch (InvalidAssessmentException e) {
                return false;
            }
        });
    }

    /** The remembered answer of {@link #talkToDoctor}, if this checklist was scored for it. */
    Optional<Boolean> knownTalkToDoctor(long id) {
        return Optional.ofNullable(talkToDoctor.get(id));
    }

    /** Forgets what is remembered of a deleted checklist (its id may be given again). */
    void forget(long id) {
        talkToDoctor.remove(id);
    }
}
