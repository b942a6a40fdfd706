package org.otmilestones.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Child;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.ChecklistScorer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResultJsonTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    private static ChecklistResult scored() throws Exception {
        LocalDate assessed = LocalDate.of(2026, 11, 2);
        Child child = Child.of("child-7", "Zoë Łukasiewicz", LocalDate.of(2024, 10, 20)).bornAtWeeks(39);
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Milestone> fine = CATALOG.milestones(CATALOG.area("fine_motor").orElseThrow(),
                CATALOG.checkpoint("24m").orElseThrow());
        fine.forEach(m -> answers.put(m.id(), Answer.YES));
        answers.put(fine.get(0).id(), Answer.NOT_YET);
        answers.put("general-worried", Answer.YES);
        return ChecklistScorer.score(CATALOG, child, Answers.of(answers), assessed);
    }

    @Test
    void writesTheDocumentedFieldsWithStatusesAndAnswers() throws Exception {
        ChecklistResult result = scored();
        JsonNode json = JsonMapper.builder().build().readTree(ResultJson.toJson(result));

        assertThat(json.get("format").asString()).isEqualTo("otm-result");
        assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(json.get("catalog").get("id").asString()).isEqualTo(CATALOG.id());
        assertThat(json.get("checkpoint").asString()).isEqualTo("24m");
        assertThat(json.get("age").get("chronological").get("months").asInt()).isEqualTo(24);
        assertThat(json.get("talkToDoctor").asBoolean()).isTrue();
        assertThat(json.get("redFlags").get(0).get("questionId").asString()).isEqualTo("general-worried");
        JsonNode fine = json.get("areas").get(0);
        assertThat(fine.get("id").asString()).isEqualTo("fine_motor");
        assertThat(fine.get("status").asString()).isEqualTo("KEEP_PRACTICING");
        assertThat(fine.get("counts").get("notYet").asInt()).isEqualTo(1);
        assertThat(fine.get("answers").get(0).get("answer").asString()).isEqualTo("NOT_YET");
        assertThat(fine.get("answers").get(0).get("scored").asBoolean()).isTrue();
        assertThat(fine.get("credit").asDouble()).isEqualTo(fine.get("counts").get("answered").asInt() - 1);
        assertThat(json.get("areas").get(1).get("status").asString()).isEqualTo("NOT_ASKED");
        assertThat(json.get("checklistWide").get("outcome").asString()).isEqualTo("BY_AREA");
        assertThat(json.get("checklistWide").get("areasNotOnTrack").get(0).asString()).isEqualTo("fine_motor");
        assertThat(json.get("checklistWide").get("threshold").asInt()).isEqualTo(3);
    }

    @Test
    void keepsTheChildsNameAndBirthDateOut() throws Exception {
        String json = ResultJson.toJson(scored());

        assertThat(json).contains("child-7").doesNotContain("Zoë").doesNotContain("2024-10-20");
    }

    @Test
    void writesSeveralResultsAsAnArrayWithoutClosingTheStream() throws Exception {
        ChecklistResult result = scored();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream must stay open");
            }
        };
        ResultJson.writeAll(List.of(result, result), out);

        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(2);
    }
}
