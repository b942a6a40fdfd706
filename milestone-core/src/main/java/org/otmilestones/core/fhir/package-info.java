/**
 * FHIR R4 for health records: the checklist as a Questionnaire ({@link org.otmilestones.core.fhir.FhirQuestionnaires}),
 * answers read from QuestionnaireResponses, one resource, a Bundle or NDJSON, streamed
 * ({@link org.otmilestones.core.fhir.FhirResponses}), and the results written back as QuestionnaireResponses with
 * the handout as a DocumentReference ({@link org.otmilestones.core.fhir.FhirResultBundle}).
 *
 * <p>The JSON is written and read with the project's JSON library, not a FHIR library, to keep milestone-core
 * small; the tests check every resource with the official FHIR validator. Canonical URLs start with
 * {@link org.otmilestones.core.fhir.FhirIds#BASE}. A Patient's name and birth date are health data: they are
 * read into the child only, never into a message.
 */
package org.otmilestones.core.fhir;
