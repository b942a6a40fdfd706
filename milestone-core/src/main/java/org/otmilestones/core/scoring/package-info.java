/**
 * Turns a parent's answers into a status per area, red flags and notes: one code path for the
 * handout and every export.
 *
 * <p>{@link org.otmilestones.core.scoring.ChecklistScorer#score} is the front door. The rules, in
 * order, and their thresholds (from the catalog) are described on that class; each
 * {@link org.otmilestones.core.scoring.AreaResult} carries the {@link org.otmilestones.core.scoring.StatusReason}
 * that decided it, so a handout can say why; the {@link org.otmilestones.core.scoring.Judgement} holds
 * the child's one {@link org.otmilestones.core.scoring.NextStep}, from the answers read against each
 * skill's age curve.
 */
package org.otmilestones.core.scoring;
