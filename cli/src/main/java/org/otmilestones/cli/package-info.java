/**
 * The {@code otm} command line: a thin front end over the core and the PDF handout; it holds no
 * domain logic, only options, files, progress and messages for clinic staff.
 */
package org.otmilestones.cli;
