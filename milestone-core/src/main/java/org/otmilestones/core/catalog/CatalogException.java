package org.otmilestones.core.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a catalog file cannot be read or is not valid; lists every problem found, each with
 * the file and where in it.
 */
public class CatalogException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final String file;
    private final transient List<CatalogProblem> problems;

    public CatalogException(String file, List<CatalogProblem> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    private static String message(String file, List<CatalogProblem> problems) {
        String listed = problems.stream().limit(PROBLEMS_IN_MESSAGE)
                .map(p -> file + ": " + p).collect(Collectors.joining("\n"));
        int more = problems.size() - PROBLEMS_IN_MESSAGE;
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in catalog " + file + ":\n"
                + listed + (more > 0 ? "\n... and " + more + " more" : "");
    }

    /** The file (or resource) the catalog came from. */
    public String file() {
        return file;
    }

    /** Every problem found, in file order. */
    public List<CatalogProblem> problems() {
        return problems;
    }
}
