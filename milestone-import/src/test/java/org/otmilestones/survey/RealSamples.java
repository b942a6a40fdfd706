package org.otmilestones.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where the folder of real survey exports is: given by the {@code otm.samples} property
 * (CI gives it, and then a missing folder fails the build instead of skipping), or found as
 * {@code ../shared/samples/survey-exports} beside the repository. Without either, as in a user's plain clone,
 * every test of the class is reported as skipped, with this reason.
 */
public final class RealSamples implements ExecutionCondition {

    static final String PROPERTY = "otm.samples";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String given = System.getProperty(PROPERTY);
        if (given != null && !Files.isDirectory(Path.of(given))) {
            // Asked for but not there: a broken CI set-up must fail, not quietly run fewer tests.
            throw new ExtensionConfigurationException("-D" + PROPERTY + "=" + given + " is not a folder");
        }
        return folder().isPresent() ? ConditionEvaluationResult.enabled("real sample exports found")
                : ConditionEvaluationResult.disabled("no real sample exports: give -D" + PROPERTY
                        + "=FOLDER, or put them in ../shared/samples/survey-exports beside the repository");
    }

    /** The folder of real exports, when there is one. */
    public static Optional<Path> folder() {
        String given = System.getProperty(PROPERTY);
        if (given != null) {
            return Files.isDirectory(Path.of(given)) ? Optional.of(Path.of(given)) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/samples/survey-exports").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The cells of one record (0 is the header) of a real export, split as the importer splits it. */
    public static List<String> cells(String name, int record) throws IOException {
        String text = Files.readString(folder().orElseThrow().resolve(name), StandardCharsets.UTF_8);
        return CsvRecords.split(new LineIndex(text), DelimiterSniffer.sniff(new LineIndex(text))).records()
                .get(record).cells();
    }
}
