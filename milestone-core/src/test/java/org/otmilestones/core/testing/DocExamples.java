package org.otmilestones.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the code examples and their shown output out of the project's Markdown pages, so a test can run the
 * example and compare both with what the page says.
 */
public final class DocExamples {

    private DocExamples() {
    }

    /** The repository's root folder, found from a module's working folder. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no README.md with a docs folder above " + Path.of("").toAbsolutePath());
    }

    /** A page of the repository, such as {@code docs/library.md}. */
    public static String page(String relative) throws IOException {
        return Files.readString(root().resolve(relative));
    }

    /** The n-th fenced block of a language ({@code java}, {@code text}) after a marker text, without its fences. */
    public static String block(String page, String marker, String language, int n) {
        int at = page.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("the page has no '" + marker + "'");
        }
        for (int i = 0; i <= n; i++) {
            at = page.indexOf("```" + language + "\n", at);
            if (at < 0) {
                throw new AssertionError("no ```" + language + " block number " + (n + 1) + " after '" + marker + "'");
            }
            at += 4 + language.length();
            if (i < n) {
                at = page.indexOf("```", at) + 3;
            }
        }
        return page.substring(at, page.indexOf("```", at));
    }

    /** The lines of a code text that are neither blank nor imports, each stripped of its indentation. */
    public static List<String> statements(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("import ")).toList();
    }

    /** The import lines of a code text. */
    public static List<String> imports(String code) {
        return code.lines().map(String::strip).filter(l -> l.startsWith("import ")).toList();
    }

    /** The snippet between {@code // DOC-BEGIN} and {@code // DOC-END} in a test's own source file. */
    public static String snippet(Path source) throws IOException {
        String text = Files.readString(source);
        int begin = text.indexOf("// DOC-BEGIN");
        int end = text.indexOf("// DOC-END");
        if (begin < 0 || end < begin) {
            throw new AssertionError(source + " has no // DOC-BEGIN ... // DOC-END snippet");
        }
        return text.substring(text.indexOf('\n', begin) + 1, text.lastIndexOf('\n', end));
    }
}
