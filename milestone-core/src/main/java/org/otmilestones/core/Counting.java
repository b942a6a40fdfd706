package org.otmilestones.core;

/** Whether a milestone's answer counts towards its area's status. */
public enum Counting {
    /** The answer counts: yes, sometimes or not yet move the area's status. */
    SCORED,
    /**
     * Shown to the family and the therapist, never counted: for medical items that practice does not
     * change, such as dry nights. A red flag on such an item still sends the family to the doctor.
     */
    INFORMATION_ONLY
}
