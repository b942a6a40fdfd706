package org.otmilestones.forms.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.forms.Form;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;

/**
 * Every FHIR resource we write passes the official FHIR R4 validation (HAPI FHIR's validator with the R4
 * core definitions), with our code systems and questionnaires known to it, so codes and answers are checked
 * against them. One validator for the class: it takes seconds to start.
 */
class FhirValidationTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final Checkpoint C24 = CATALOG.checkpoint("24m").orElseThrow();
    private static final FhirContext CONTEXT = FhirContext.forR4();
    private static final FhirValidator VALIDATOR = validator();

    private static FhirValidator validator() {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(CONTEXT);
        ours.addCodeSystem(CONTEXT.newJsonParser().parseResource(CodeSystem.class, FhirQuestionnaires.answerCodeSystem()));
        ours.addCodeSystem(CONTEXT.newJsonParser().parseResource(CodeSystem.class,
                FhirQuestionnaires.checkpointCodeSystem(CATALOG)));
        for (Optional<Checkpoint> checkpoint : List.of(Optional.<Checkpoint>empty(), Optional.of(C24))) {
            Form form = new Form(CATALOG, checkpoint, List.of("en"));
            ours.addResource(CONTEXT.newJsonParser().parseResource(Questionnaire.class, FhirQuestionnaires.toJson(form)));
        }
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT),
                new InMemoryTerminologyServerValidationSupport(CONTEXT), new CommonCodeSystemsTerminologyService(CONTEXT),
                ours);
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        return CONTEXT.newValidator().registerValidatorModule(module);
    }

    private static List<String> problems(String json) {
        ValidationResult result = VALIDATOR.validateWithResult(json);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidationTest::describe).toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

    @Test
    void theQuestionnaireOfOneCheckpointInTwoLanguagesIsValidR4() {
        assertThat(problems(FhirQuestionnaires.toJson(Form.of(CATALOG, C24, List.of("en", "es"))))).isEmpty();
    }

    @Test
    void theQuestionnaireWithASectionPerCheckpointIsValidR4() {
        // One language: the translations are checked above, and the whole catalog twice over costs seconds.
        assertThat(problems(FhirQuestionnaires.toJson(Form.everyCheckpoint(CATALOG, List.of("es"))))).isEmpty();
    }

    @Test
    void ourCodeSystemsAreValidR4() {
        assertThat(problems(FhirQuestionnaires.answerCodeSystem())).isEmpty();
        assertThat(problems(FhirQuestionnaires.checkpointCodeSystem(CATALOG))).isEmpty();
    }

    @Test
    void theResponseAndTheHandoutDocumentWeWriteAreValidAndTheResponseFitsItsQuestionnaire() throws Exception {
        ChecklistResult result = scoredChild();
        assertThat(problems(FhirResultBundle.response(result, "id-1", "en").toString())).isEmpty();
        assertThat(problems(FhirResultBundle.document(result, "id-1", "es", pdf()).toString())).isEmpty();

        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        try (FhirResultBundle writer = FhirResultBundle.open(bundle)) {
            writer.add(result, "en", pdf());
            writer.add(result, "es", pdf());
        }
        assertThat(problems(bundle.toString(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theValidatorCatchesAnAnswerThatIsNotAnOptionOfTheQuestion() {
        // The gate above can fail: a response whose code is not one of the item's options is an error.
        String bad = FhirResultBundle.response(scoredChild(), "id-2", "en").toString()
                .replaceFirst("\"code\":\"yes\"", "\"code\":\"maybe\"");
        assertThat(problems(bad)).isNotEmpty();
    }

    private static ChecklistResult scoredChild() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Milestone> milestones = CATALOG.milestones(C24);
        Answer[] cycle = {Answer.YES, Answer.SOMETIMES, Answer.NOT_YET, Answer.NOT_SURE, Answer.NO_ANSWER};
        for (int i = 0; i < milestones.size(); i++) {
            answers.put(milestones.get(i).id(), cycle[i % cycle.length]);
        }
        answers.put("general-worried", Answer.YES);
        answers.put("general-lost_skill", Answer.NOT_YET);
        Child child = Child.of("child-42", "Ana", LocalDate.of(2024, 10, 1)).bornAtWeeks(35);
        try {
            return ChecklistScorer.score(CATALOG, child, new Answers(answers, Optional.empty(), Optional.of("mother")),
                    LocalDate.of(2026, 11, 2));
        } catch (org.otmilestones.core.InvalidAssessmentException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] pdf() {
        return "%PDF-1.7\n% a stand-in for a handout\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
