/**
 * Survey import: reads survey-tool CSV exports (Google Forms, Microsoft Forms, SurveyMonkey, Qualtrics, REDCap,
 * KoBoToolbox, ODK, LimeSurvey, Typeform, JotForm or a plain spreadsheet) into children and their answers, with
 * the column-mapping files and REDCap data dictionaries that say what a column holds, and writes the blank
 * survey templates whose exports it reads back.
 *
 * <p>The front door is {@link org.otmilestones.survey.SurveyImports#read}. It detects the encoding,
 * delimiter and header rows, maps columns to child fields and catalog questions (automatically, or through a
 * {@link org.otmilestones.survey.ColumnMapping} read by {@link org.otmilestones.survey.ColumnMappings}
 * or {@link org.otmilestones.survey.RedcapDictionary}), and returns every row either as an
 * {@link org.otmilestones.survey.ImportedRow} or as {@link org.otmilestones.survey.RowError}s: a bad
 * row never stops the others. For exports too large to hold as rows, a
 * {@link org.otmilestones.survey.RowHandler} receives each row as it is read, and nothing is kept.
 */
package org.otmilestones.survey;
