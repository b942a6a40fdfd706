package org.otmilestones.survey;

/** How to read a date such as 03/04/2021, where day and month could each come first. */
public enum DateOrder {
    /** Month first, as in the United States: 03/04/2021 is March 4. */
    MDY,
    /** Day first, as in most of the world: 03/04/2021 is 3 April. */
    DMY
}
