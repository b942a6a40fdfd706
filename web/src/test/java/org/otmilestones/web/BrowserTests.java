package org.otmilestones.web;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where Chromium, chromedriver and axe-core are. Without them every test
 * of the class is reported as skipped, with what is missing; with {@code -Dotm.browserTests=required}
 * (CI gives it) a missing one fails the build instead.
 */
final class BrowserTests implements ExecutionCondition {

    static final String PROPERTY = "otm.browserTests";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Browser.missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium, chromedriver and axe-core found");
        }
        if ("required".equals(System.getProperty(PROPERTY))) {
            throw new ExtensionConfigurationException("browser tests need " + missing.get() + "; -D" + PROPERTY
                    + "=required was given");
        }
        // The class itself runs (so each test is reported), its tests are skipped one by one.
        return context.getTestMethod().isEmpty() ? ConditionEvaluationResult.enabled("checked per test")
                : ConditionEvaluationResult.disabled("browser tests need " + missing.get() + " (add -D" + PROPERTY
                        + "=required to make this an error)");
    }
}
