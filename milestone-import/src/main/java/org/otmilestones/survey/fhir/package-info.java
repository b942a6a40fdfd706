/**
 * Answers from health records: FHIR R4 QuestionnaireResponses read as one resource, a Bundle or NDJSON,
 * streamed ({@link org.otmilestones.survey.fhir.FhirResponses}), each turned into an imported row like a
 * survey export's.
 *
 * <p>The JSON is read with the project's JSON library, not a FHIR library, to keep the module small; the
 * tests check the resources with the official FHIR validator. Canonical URLs start with
 * {@link org.otmilestones.core.FhirIds#BASE}. A Patient's name and birth date are health data: they are
 * read into the child only, never into a message.
 */
package org.otmilestones.survey.fhir;
