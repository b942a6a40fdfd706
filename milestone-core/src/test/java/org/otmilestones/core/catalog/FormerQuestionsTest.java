package org.otmilestones.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Catalog;

/**
 * A question's earlier wordings ({@code formerQuestions}): read per language, and refused where they would
 * send an old export's column to the wrong question or are malformed.
 */
class FormerQuestionsTest {

    @TempDir
    Path dir;

    private static final String PINCER_FORMER = "\"formerIds\": [\"fm-9m-pincer\"]";
    private static final String WORRIED = "\"question\": {\"en\": \"Are you worried about your child?\"}";

    private CatalogException failure(String formerQuestions) throws Exception {
        return SmallCatalog.failure(dir, s -> s.replace(PINCER_FORMER, PINCER_FORMER + ", \"formerQuestions\": "
                + formerQuestions));
    }

    @Test
    void readsTheEarlierWordingsOfMilestonesAndGeneralQuestionsPerLanguage() throws Exception {
        Catalog catalog = Catalogs.load(SmallCatalog.write(dir, s -> s
                .replace(PINCER_FORMER, PINCER_FORMER + ", \"formerQuestions\": {\"en\": [\"Does your child use a "
                        + "pincer grasp?\", \"Does your child pick up tiny things?\"]}")
                .replace(WORRIED, WORRIED + ", \"formerQuestions\": {\"en\": [\"Do you have concerns?\"]}")));

        assertThat(catalog.milestone("fm-12m-pincer").orElseThrow().formerQuestions()).isEqualTo(Map.of("en",
                List.of("Does your child use a pincer grasp?", "Does your child pick up tiny things?")));
        assertThat(catalog.milestone("fm-12m-pokes").orElseThrow().formerQuestions()).isEmpty();
        assertThat(catalog.generalQuestion("general-worried").orElseThrow().formerQuestions())
                .isEqualTo(Map.of("en", List.of("Do you have concerns?")));
    }

    @Test
    void rejectsAnEarlierWordingThatIsAnotherQuestionsTextIgnoringCaseAndPunctuation() throws Exception {
        CatalogException e = failure("{\"en\": [\"does your child POKE with one finger\", \"Are you worried about "
                + "your child?\"]}");

        assertThat(e.problems()).extracting(CatalogProblem::path).containsExactly(
                "$.milestones[1].formerQuestions.en[0]", "$.milestones[1].formerQuestions.en[1]");
        assertThat(e.problems().get(0).message()).contains("is the text of question 'fm-12m-pokes'")
                .contains("name its own question alone");
        assertThat(e.problems().get(1).message()).contains("is the text of question 'general-worried'");
    }

    @Test
    void rejectsAnEarlierWordingTwoQuestionsClaim() throws Exception {
        CatalogException e = SmallCatalog.failure(dir, s -> s
                .replace(PINCER_FORMER, PINCER_FORMER + ", \"formerQuestions\": {\"en\": [\"Can your child grab it?\"]}")
                .replace(WORRIED, WORRIED + ", \"formerQuestions\": {\"en\": [\"Can your child grab it?\"]}"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.generalQuestions[0].formerQuestions.en[0]");
            assertThat(p.message()).contains("also an earlier wording of question 'fm-12m-pincer'");
        });
    }

    @Test
    void rejectsAnUndeclaredLanguageABlankTextATextListedTwiceAndTheQuestionsOwnText() throws Exception {
        CatalogException e = failure("{\"es\": [\"¿Su niño agarra cosas pequeñas?\"], \"en\": [\"\", \"Old one?\", "
                + "\"old ONE\", \"Does your child pick up small things with thumb and finger?\"]}");

        assertThat(e.problems()).extracting(CatalogProblem::path).containsExactlyInAnyOrder(
                "$.milestones[1].formerQuestions.es", "$.milestones[1].formerQuestions.en[0]",
                "$.milestones[1].formerQuestions.en[2]", "$.milestones[1].formerQuestions.en[3]");
        assertThat(e.problems()).extracting(CatalogProblem::message).anySatisfy(m -> assertThat(m)
                .contains("language 'es' is not in $.languages")).anySatisfy(m -> assertThat(m).contains("is blank"))
                .anySatisfy(m -> assertThat(m).contains("listed twice"))
                .anySatisfy(m -> assertThat(m).contains("is the question's text now"));
    }

    @Test
    void rejectsAnEmptyListAndAnUnknownFieldBesideIt() throws Exception {
        CatalogException e = failure("{\"en\": []}, \"formerQuestion\": {\"en\": [\"typo\"]}");

        assertThat(e.problems()).extracting(CatalogProblem::path).contains("$.milestones[1].formerQuestions.en");
        assertThat(e.problems()).extracting(CatalogProblem::message)
                .anySatisfy(m -> assertThat(m).contains("unknown field 'formerQuestion'"));
    }
}
