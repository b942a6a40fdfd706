/** Test helpers other modules' tests share, published in milestone-core's test jar; never in the main jar. */
package org.otmilestones.core.testing;
