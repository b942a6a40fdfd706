package org.otmilestones.core.testing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Names every skipped test or class with its reason at the end of a module's test run, so the build's console
 * says what did not run and why, not only "Skipped: 8". Registered for every module whose tests use this test
 * jar (META-INF/services); prints nothing when nothing was skipped.
 */
public final class SkippedTests implements TestExecutionListener {

    private final List<String> skipped = new ArrayList<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skipped.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped.add(name(test) + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        // An aborted test (a failed assumption) is skipped too, as far as the console is concerned.
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            skipped.add(name(test) + ": " + result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skipped.isEmpty()) {
            return;
        }
        // Standard error, which Surefire passes to the console as it is.
        PrintStream out = System.err;
        out.println("[SKIPPED] " + skipped.size() + (skipped.size() == 1 ? " test or class" : " tests or classes")
                + " did not run:");
        skipped.forEach(line -> out.println("[SKIPPED]   " + line));
    }

    private String name(TestIdentifier test) {
        String name = test.getDisplayName();
        if (plan != null) {
            for (TestIdentifier parent = plan.getParent(test).orElse(null); parent != null && parent.getParentId()
                    .isPresent(); parent = plan.getParent(parent).orElse(null)) {
                name = parent.getDisplayName() + " > " + name;
            }
        }
        return name;
    }
}
