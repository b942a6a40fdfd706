package org.otmilestones.core.catalog;

import java.util.List;
import java.util.stream.Collectors;
import org.otmilestones.core.OtmException;

/**
 * Thrown when a catalog file cannot be read or is not valid; lists every problem found, each with the file
 * and where in it. Its line and column are those of the first problem.
 */
public class CatalogException extends OtmException {

    private static final long serialVersionUID = 1L;
    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final transient List<CatalogProblem> problems;

    /**
     * @param file the file (or resource) the catalog came from
     * @param problems every problem found, in file order; at least one
     */
    public CatalogException(String file, List<CatalogProblem> problems) {
        super(message(file, problems), file, first(problems).line(), first(problems).column(), summary(problems),
                fix(file));
        this.problems = List.copyOf(problems);
    }

    private static CatalogProblem first(List<CatalogProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("problems must hold at least one problem");
        }
        return problems.get(0);
    }

    private static String fix(String file) {
        return "fix the catalog file, or check it with: otm catalog validate " + file;
    }

    private static String summary(List<CatalogProblem> problems) {
        return problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems, the first: "
                + problems.get(0);
    }

    private static String message(String file, List<CatalogProblem> problems) {
        first(problems);
        String listed = problems.stream().limit(PROBLEMS_IN_MESSAGE)
                .map(p -> file + ": " + p).collect(Collectors.joining("\n"));
        int more = problems.size() - PROBLEMS_IN_MESSAGE;
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in catalog " + file + ":\n"
                + listed + (more > 0 ? "\n... and " + more + " more" : "") + "\nF" + fix(file).substring(1);
    }

    /** Every problem found, in file order. */
    public List<CatalogProblem> problems() {
        return problems;
    }
}
