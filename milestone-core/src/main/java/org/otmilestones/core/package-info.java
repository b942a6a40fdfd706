/**
 * The domain model of OT Milestones: immutable records for what a milestone catalog holds and what a
 * parent answered.
 *
 * <p>A {@link org.otmilestones.core.Catalog} holds the OT {@link org.otmilestones.core.Area areas} and
 * the {@link org.otmilestones.core.Checkpoint checkpoints} (ages at which most children show a skill).
 * Each {@link org.otmilestones.core.Milestone} belongs to one area at one checkpoint, and asks a parent
 * one question. {@link org.otmilestones.core.GeneralQuestion General questions} are red flags asked at
 * every checkpoint.
 *
 * <pre>
 * Catalog
 *  +-- Area (fine_motor, visual_motor, visual_perception, self_care, sensory_processing)
 *  +-- Checkpoint (3m, 6m, 9m, 12m, 18m, 24m, 3y ... 7y)
 *  |    +-- Milestone (area x checkpoint: a question, its polarity, red flag, typical age, sources)
 *  |    +-- Activity (area x checkpoint: something to try at home)
 *  +-- GeneralQuestion, Guidance texts, Publishers and Sources, ScoringRules, CorrectedAgeRule
 *
 * Child + Answers (question id -&gt; Answer) + assessment date
 *  --ChecklistScorer--&gt; ChecklistResult
 *                        +-- AreaResult per area (status, reason, counts, ItemResults, coming next)
 *                        +-- RedFlags, Notes
 * </pre>
 *
 * <p>Load a catalog with {@code org.otmilestones.core.catalog.Catalogs}; score with
 * {@code org.otmilestones.core.scoring.ChecklistScorer}.
 */
package org.otmilestones.core;
