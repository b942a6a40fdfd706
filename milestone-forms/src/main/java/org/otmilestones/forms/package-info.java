/**
 * Form definitions for the clinic's own survey tool, generated from the catalog so the form is right the
 * first time and its export is read back with no mapping: a REDCap data dictionary
 * ({@link org.otmilestones.forms.RedcapDictionaries}), an XLSForm for KoBoToolbox, ODK and Ona
 * ({@link org.otmilestones.forms.XlsForms}) and a Google Apps Script that builds a Google Form
 * ({@link org.otmilestones.forms.GoogleAppsScripts}); the FHIR Questionnaire is in the fhir package.
 *
 * <p>A {@link org.otmilestones.forms.Form} says what to write: one checkpoint or every checkpoint (a
 * section per age, shown by the child's age where the tool can branch) and the languages.
 * {@link org.otmilestones.core.FormNames} gives every question its short variable name, the same in
 * every tool, and {@link org.otmilestones.core.AnswerChoice} the fixed answer codes; the survey import
 * recognises both.
 */
package org.otmilestones.forms;
