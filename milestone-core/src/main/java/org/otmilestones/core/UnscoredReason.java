package org.otmilestones.core;

/** Why a milestone is asked but not counted towards its area's status. */
public enum UnscoredReason {
    /** No source gives an age by which most children do it: shown as something to ask the OT about. */
    NO_AGE_EVIDENCE,
    /** A medical sign that practice does not change, such as dry nights or eyes that look straight. */
    MEDICAL_SIGN,
    /** Attention span or sleep: worth telling the OT, but not how a child handles the senses. */
    ATTENTION_OR_SLEEP
}
