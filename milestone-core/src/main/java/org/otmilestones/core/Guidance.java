package org.otmilestones.core;

/** The catalog's guidance texts that the handout needs; every catalog must have each of them. */
public enum Guidance {
    OWN_PACE("ownPace"),
    NOT_A_DIAGNOSIS("notADiagnosis"),
    ABOUT_OT("aboutOt"),
    OT_VERSUS_PT("otVersusPt"),
    ON_TRACK("onTrack"),
    KEEP_PRACTICING("keepPracticing"),
    TALK_TO_OT("talkToOt"),
    /** Many areas are not on track together: mention these skills to the child's doctor at the next check-up. */
    CHECKLIST_WIDE("checklistWide"),
    /** A skill CDC lists for this age is "not yet": mention it at the next check-up, and do not wait if worried. */
    CDC_SKILL_NOT_YET("cdcSkillNotYet"),
    NOT_ENOUGH_ANSWERS("notEnoughAnswers"),
    RED_FLAG_NOTICE("redFlagNotice"),
    ASK_FOR_EVALUATION("askForEvaluation"),
    YOU_KNOW_YOUR_CHILD("youKnowYourChild"),
    YOUNGER_THAN_CHECKPOINT("youngerThanCheckpoint"),
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
