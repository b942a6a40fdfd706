package org.otmilestones.core.catalog;

import java.util.List;
import java.util.Map;

/**
 * The catalog file exactly as written, before validation; Jackson fills it and rejects unknown fields.
 */
record CatalogFile(Integer formatVersion, String id, String version, Map<String, String> name,
        List<String> languages, List<CheckpointJson> checkpoints, List<AreaJson> areas,
        List<MilestoneJson> milestones, List<GeneralQuestionJson> generalQuestions, List<ActivityJson> activities,
        Map<String, Map<String, String>> guidance, List<PublisherJson> publishers, List<SourceJson> sources,
        ScoringJson scoring, CorrectedAgeJson correctedAge, List<String> retiredIds, SensorySignsJson sensorySigns) {

    record CheckpointJson(String id, Integer ageMonths, Map<String, String> title) {
    }

    record AreaJson(String id, Map<String, String> plainName, Map<String, String> technicalName,
            Map<String, String> whatItIs, Map<String, String> whyItMatters,
            List<SignJson> signsOfDifficulty, List<SignJson> redFlags) {
    }

    record SignJson(Map<String, String> text, Integer fromMonths, Integer toMonths) {
    }

    record MilestoneJson(String id, String area, String checkpoint, Map<String, String> question, String polarity,
            Boolean redFlag, Integer mostByMonths, Integer emergesMonths, String ageEvidence, Boolean scored,
            List<String> formerIds, Map<String, List<String>> formerQuestions, List<String> sources, String review,
            EvidenceJson evidence, String unscoredReason) {
    }

    record EvidenceJson(String source, String measured, java.math.BigDecimal ageMonths, Integer percent, String kind) {
    }

    record GeneralQuestionJson(String id, Map<String, String> question, Map<String, List<String>> formerQuestions,
            String polarity, List<String> sources) {
    }

    record ActivityJson(String area, String checkpoint, Map<String, String> text) {
    }

    record PublisherJson(String id, String name, List<String> hosts) {
    }

    record SourceJson(String key, String title, String kind, String publisher, String url, String doi, String pmid,
            String isbn, String edition, Integer year) {
    }

    record ScoringJson(Double sometimesCredit, Double talkToOtWhenCreditShareBelow,
            Double keepPracticingWhenSometimesShareAbove, Double minAnsweredShare, Integer minAnswered,
            Integer checklistWideWhenAreasNotOnTrackAtLeast, ModelJson model) {
    }

    record ModelJson(Double spreadMonths, Integer spreadGrowsAfterMonths, Double answerCorrelation,
            Double sometimesBand, Double reviewWeight, Double otEvaluationBelowZ, Double areaOtEvaluationBelowZ,
            Double checkAgainBelowZ, Double sourcedAgreeBelowZ, Double doctorSoonFromShare, Integer checkAgainAfterMonths, List<String> sources) {
    }

    record SensorySignsJson(Integer fromMonths, Integer checkAgainFromSigns, Integer otEvaluationFromSignsOfOneKind,
            List<String> sources, List<SensorySignJson> signs) {
    }

    record SensorySignJson(String id, String kind, Map<String, String> question, Integer fromMonths,
            List<String> sources) {
    }

    record CorrectedAgeJson(Integer pretermBeforeWeeks, Integer termWeeks, Integer correctUntilMonths,
            List<String> sources) {
    }
}
