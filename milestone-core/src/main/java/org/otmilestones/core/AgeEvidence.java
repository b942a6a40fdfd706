package org.otmilestones.core;

/** Where a milestone's age comes from: how the number "most children by this age" was found. */
public enum AgeEvidence {
    /** CDC's 2022 checklists, which list a skill at the age by which about 3 in 4 children have it. */
    CDC_2022,
    /** A study's 75th percentile: the age by which 3 in 4 children in it had the skill. */
    PERCENTILE_75,
    /** A study's mean age plus one standard deviation, a stand-in for the age by which most have it. */
    MEAN_PLUS_SD,
    /** A professional body's or instrument's list of skills by age, without a stated percentile. */
    EXPERT_LIST,
    /** A school's learning standard: what children are taught and expected to do by a grade. */
    SCHOOL_STANDARD
}
