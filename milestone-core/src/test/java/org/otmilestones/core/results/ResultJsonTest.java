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
        assertThat(json.get("formatVersion").asInt()).isEqualTo(4);
        assertThat(json.get("catalog").get("id").asString()).isEqualTo(CATALOG.id());
        assertThat(json.get("checkpoint").asString()).isEqualTo("24m");
        assertThat(json.get("checklistAge").get("months").asInt()).isEqualTo(24);
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
        assertThat(json.get("nextStep").asString()).isEqualTo("DOCTOR_SOON").isEqualTo(result.nextStep().name());
        assertThat(json.get("nextStepReasons").get(0).asString()).isEqualTo("RED_FLAG_CONCERN");
        assertThat(json.get("answerAgainMonth").isNull()).isTrue();
        assertThat(json.get("standing").get("z").asDouble())
                .isCloseTo(result.judgement().standing().orElseThrow().z(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(fine.get("standing").get("answers").asInt()).isEqualTo(fine.get("counts").get("answered").asInt());
        assertThat(json.get("areas").get(1).get("standing").isNull()).isTrue();
        assertThat(json.has("checklistWide")).isFalse();
    }

    private static JsonNode age(LocalDate born, Integer weeksAtBirth, LocalDate assessed) throws Exception {
        Child child = Child.of("c", "Kid", born);
        if (weeksAtBirth != null) {
            child = child.bornAtWeeks(weeksAtBirth);
        }
        ChecklistResult result = ChecklistScorer.score(CATALOG, child, Answers.of(Map.of()), assessed);
        return JsonMapper.builder().build().readTree(ResultJson.toJson(result)).get("checklistAge");
    }

    @Test
    void writesTheChecklistsAgeInWholeMonthsOrWholeWeeksUnderThreeMonthsAndNothingElse() throws Exception {
        LocalDate assessed = LocalDate.of(2026, 11, 2);

        assertThat(age(LocalDate.of(2024, 10, 1), null, assessed).toString()).isEqualTo("{\"months\":25}");
        assertThat(age(LocalDate.of(2026, 9, 10), null, assessed).toString()).isEqualTo("{\"weeks\":7}");
        // 2 months and 30 days, 13 weeks: still written as 12, so the last days before 3 months are no group of their own.
        assertThat(age(LocalDate.of(2026, 8, 3), null, assessed).toString()).isEqualTo("{\"weeks\":12}");
        // Born 10 weeks early, 13 months ago: the corrected age the checklist went by, and nothing that tells the two apart.
        assertThat(age(LocalDate.of(2025, 10, 1), 30, assessed).toString()).isEqualTo("{\"months\":10}");
        assertThat(age(LocalDate.of(2026, 10, 1), 30, assessed).toString()).as("before the due date").isEqualTo("{\"weeks\":0}");
    }

    @Test
    void givesNoBirthDateBackThroughTheWholeDocumentAndTheAssessmentDate() throws Exception {
        // Every birth date over a year and a half, born on time or 4 to 18 weeks early: the documents written
        // for one assessment day are grouped, and each is shared by at least 5 birth dates (under 3 months) or 28.
        LocalDate assessed = LocalDate.of(2026, 3, 31);
        int days = 560;
        Map<String, java.util.Set<LocalDate>> sharing = new LinkedHashMap<>();
        List<Integer> weeksAtBirth = new java.util.ArrayList<>(java.util.Collections.singletonList(null));
        for (int weeks = 22; weeks <= 36; weeks++) {
            weeksAtBirth.add(weeks);
        }
        for (int daysOld = 0; daysOld < days; daysOld++) {
            LocalDate born = assessed.minusDays(daysOld);
            for (Integer weeks : weeksAtBirth) {
                Child child = weeks == null ? Child.of("c", "Kid", born) : Child.of("c", "Kid", born).bornAtWeeks(weeks);
                String document = ResultJson.toJson(ChecklistScorer.score(CATALOG, child, Answers.of(Map.of()), assessed));
                sharing.computeIfAbsent(document, k -> new java.util.TreeSet<>()).add(born);
            }
        }
        LocalDate edge = assessed.minusDays(days - 40);
        sharing.forEach((document, births) -> {
            if (births.stream().noneMatch(b -> b.isBefore(edge))) {
                assertThat(births).as(document).hasSizeGreaterThanOrEqualTo(document.contains("\"weeks\"") ? 5 : 28);
            }
        });
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
