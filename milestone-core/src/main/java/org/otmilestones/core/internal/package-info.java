/**
 * Helpers that several packages of milestone-core share (the strict JSON reader, JSON locations, a
 * spreadsheet-safe CSV writer, the keys texts are matched by). Not API: these types may change in any
 * release without notice.
 */
package org.otmilestones.core.internal;
