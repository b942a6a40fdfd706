/**
 * What the parent handout says: options, the clinic profile and a pure, drawing-free description
 * of the handout ({@link org.otmilestones.report.Handout}) built from a scored checklist, with
 * every fixed word taken from a message bundle per language. Page 1 holds what to do next, in one
 * urgency that every other part follows, and the answers at a glance; then come the age charts, a
 * short part per area, and for {@link org.otmilestones.report.Detail#FULL} the therapist's pages.
 */
package org.otmilestones.report;
