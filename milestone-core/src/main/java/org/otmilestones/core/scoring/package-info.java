/**
 * Turns a parent's answers into a status per area, red flags and notes: one code path for the
 * handout and every export.
 *
 * <p>{@link org.otmilestones.core.scoring.ChecklistScorer#score} is the front door. The rules, in
 * order, and their thresholds (from the catalog) are described on that class; each
 * {@link org.otmilestones.core.scoring.AreaResult} carries the {@link org.otmilestones.core.scoring.StatusReason}
 * that decided it, so a handout can say why; the {@link org.otmilestones.core.scoring.ChecklistWide
 * checklist-wide outcome} says when many areas not on track together call for the next check-up.
 */
package org.otmilestones.core.scoring;
