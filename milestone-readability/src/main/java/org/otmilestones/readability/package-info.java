/**
 * Plain-language measures for the texts a parent reads: syllable counting and sentence splitting
 * for English and Spanish, the Flesch-Kincaid grade, the Fernández-Huerta and Szigriszt-Pazos
 * (INFLESZ) scores, and a per-area readability report with a pass-or-fail gate for a whole catalog.
 *
 * <p>Pure Java with no third-party dependency. Start at {@link org.otmilestones.readability.Readability}
 * for one text, or {@link org.otmilestones.readability.CatalogReadability} for a catalog.
 */
package org.otmilestones.readability;
