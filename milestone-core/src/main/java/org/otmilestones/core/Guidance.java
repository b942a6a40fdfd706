package org.otmilestones.core;

/** The catalog's guidance texts that the handout needs; every catalog must have each of them. */
public enum Guidance {
    /** Children grow at their own pace: one missed skill is not a problem. */
    OWN_PACE("ownPace"),
    /** The handout is not a diagnosis. */
    NOT_A_DIAGNOSIS("notADiagnosis"),
    /** What occupational therapy is: help with the everyday "occupations" of childhood. */
    ABOUT_OT("aboutOt"),
    /** How OT differs from physical therapy. */
    OT_VERSUS_PT("otVersusPt"),
    /** What "on track" means for an area. */
    ON_TRACK("onTrack"),
    /** What "keep practicing" means for an area. */
    KEEP_PRACTICING("keepPracticing"),
    /** What "talk to an OT" means for an area. */
    TALK_TO_OT("talkToOt"),
    /** Many areas are not on track together: mention these skills to the child's doctor at the next check-up. */
    CHECKLIST_WIDE("checklistWide"),
    /** A skill CDC lists for this age is "not yet": mention it at the next check-up, and do not wait if worried. */
    CDC_SKILL_NOT_YET("cdcSkillNotYet"),
    /** Too few answers to say anything: please answer the questions left. */
    NOT_ENOUGH_ANSWERS("notEnoughAnswers"),
    /** A red-flag answer: talk to the child's doctor soon. */
    RED_FLAG_NOTICE("redFlagNotice"),
    /** How to ask for an OT evaluation. */
    ASK_FOR_EVALUATION("askForEvaluation"),
    /** A parent who is worried should ask, whatever the answers say. */
    YOU_KNOW_YOUR_CHILD("youKnowYourChild"),
    /** The child is younger than this checklist's age: "not yet" is expected. */
    YOUNGER_THAN_CHECKPOINT("youngerThanCheckpoint"),
    /** Why a baby born early is judged by the age counted from the due date. */
    CORRECTED_AGE_WHY("correctedAgeWhy");

    private final String key;

    Guidance(String key) {
        this.key = key;
    }

    /** The key in the catalog file's {@code guidance} object. */
    public String key() {
        return key;
    }
}
