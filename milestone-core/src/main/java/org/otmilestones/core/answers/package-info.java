/**
 * Reads survey-tool CSV exports (Google Forms, Microsoft Forms, SurveyMonkey, Qualtrics, REDCap, KoBoToolbox,
 * ODK, LimeSurvey, Typeform, JotForm or a plain spreadsheet) into children and their answers, and writes the
 * CSV files the toolkit hands back: blank survey templates and scored results.
 *
 * <p>The front door is {@link org.otmilestones.core.answers.SurveyImports#read}. It detects the encoding,
 * delimiter and header rows, maps columns to child fields and catalog questions (automatically, or through a
 * {@link org.otmilestones.core.answers.ColumnMapping}), and returns every row either as an
 * {@link org.otmilestones.core.answers.ImportedRow} or as {@link org.otmilestones.core.answers.RowError}s: a
 * bad row never stops the others. This is the only package that uses Commons CSV; no Commons CSV type
 * appears in its public signatures.
 */
package org.otmilestones.core.answers;
