/**
 * What the parent handout says: options, the clinic profile and a pure, drawing-free description
 * of the handout ({@link org.otmilestones.report.Handout}) built from a scored checklist, with
 * every fixed word taken from a message bundle per language.
 */
package org.otmilestones.report;
