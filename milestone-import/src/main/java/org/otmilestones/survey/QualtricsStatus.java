package org.otmilestones.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Qualtrics' {@code Status} and {@code Finished} columns: preview, test and spam rows are not parents'
 * answers and are skipped; normal, imported and offline responses are read; unfinished ones are flagged.
 */
final class QualtricsStatus {

    private static final Map<String, String> SKIPPED = Map.ofEntries(
            Map.entry("1", "preview"), Map.entry("surveypreview", "preview"),
            Map.entry("2", "test"), Map.entry("surveytest", "test"),
            Map.entry("8", "spam"), Map.entry("spam", "spam"),
            Map.entry("9", "preview spam"), Map.entry("previewspam", "preview spam"),
            Map.entry("17", "offline preview"), Map.entry("offlinesurveypreview", "offline preview"));

    private QualtricsStatus() {
    }

    /** Why the row is skipped (such as "preview"), or empty when it is a response. */
    static Optional<String> skipReason(ColumnPlan plan, List<String> cells) {
        if (plan.statusColumn().isEmpty() || plan.statusColumn().getAsInt() >= cells.size()) {
            return Optional.empty();
        }
        String status = HeaderText.key(cells.get(plan.statusColumn().getAsInt()));
        return Optional.ofNullable(SKIPPED.get(status));
    }

    static boolean isUnfinished(ColumnPlan plan, List<String> cells) {
        if (plan.finishedColumn().isEmpty() || plan.finishedColumn().getAsInt() >= cells.size()) {
            return false;
        }
        String finished = HeaderText.key(cells.get(plan.finishedColumn().getAsInt()));
        return finished.equals("0") || finished.equals("false");
    }
}
