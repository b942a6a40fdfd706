/**
 * Scored results for a clinic's record system: {@link org.otmilestones.core.results.ResultJson} writes one
 * JSON object per child, {@link org.otmilestones.core.results.ResultCsv} one CSV row per export row. Both name
 * a child by id only: no name and no birth date.
 */
package org.otmilestones.core.results;
