/**
 * {@code otm serve}: the clinic's own checklist page on the clinic's own computer. Families fill in the
 * checklist on a tablet or phone; staff see the results, print handouts, import survey exports and download
 * files. It uses milestone-core and report-pdf as any library user would, keeps everything in one SQLite
 * database in the data folder, and serves every resource itself. {@link org.otmilestones.web.WebServer} is
 * the front door.
 */
package org.otmilestones.web;
