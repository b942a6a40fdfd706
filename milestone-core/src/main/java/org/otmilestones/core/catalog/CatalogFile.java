package org.otmilestones.core.catalog;

import java.util.List;
import java.util.Map;

/**
 * The catalog file exactly as written, before validation; Jackson fills it and rejects unknown fields.
 */
record CatalogFile(Integer formatVersion, String id, String version, Map<String, String> name,
        List<String> languages, List<CheckpointJson> checkpoints, List<AreaJson> areas,
        List<MilestoneJson> milestones, List<GeneralQuestionJson> generalQuestions, List<ActivityJson> activities,
        Map<String, Map<String, String>> guidance, List<SourceJson> sources, ScoringJson scoring,
        CorrectedAgeJson correctedAge) {

    record CheckpointJson(String id, Integer ageMonths, Map<String, String> title) {
    }

    record AreaJson(String id, Map<String, String> plainName, Map<String, String> technicalName,
            Map<String, String> whatItIs, Map<String, String> whyItMatters,
            List<SignJson> signsOfDifficulty, List<SignJson> redFlags) {
    }

    record SignJson(Map<String, String> text, Integer fromMonths, Integer toMonths) {
    }

    record MilestoneJson(String id, String area, String checkpoint, Map<String, String> question, String polarity,
            Boolean redFlag, Map<String, String> typicalAge, List<String> sources, String review) {
    }

    record GeneralQuestionJson(String id, Map<String, String> question, String polarity, List<String> sources) {
    }

    record ActivityJson(String area, String checkpoint, Map<String, String> text) {
    }

    record SourceJson(String key, String title, String url) {
    }

    record ScoringJson(Double talkToOtWhenNotYetShareAbove, Double keepPracticingWhenSometimesShareAbove,
            Double minAnsweredShare, Integer minAnswered) {
    }

    record CorrectedAgeJson(Integer pretermBeforeWeeks, Integer termWeeks, Integer correctUntilMonths) {
    }
}
