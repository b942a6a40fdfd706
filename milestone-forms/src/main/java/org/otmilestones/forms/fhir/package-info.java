/**
 * FHIR R4 out: the checklist as a Questionnaire ({@link org.otmilestones.forms.fhir.FhirQuestionnaires}) and
 * the results written back as QuestionnaireResponses with the handout as a DocumentReference
 * ({@link org.otmilestones.forms.fhir.FhirResultBundle}).
 *
 * <p>The JSON is written with the project's JSON library, not a FHIR library, to keep the module small; the
 * tests check every resource with the official FHIR validator. Canonical URLs start with
 * {@link org.otmilestones.core.FhirIds#BASE}.
 */
package org.otmilestones.forms.fhir;
