package org.otmilestones.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds public API without a Javadoc comment in a module's main sources: every public type, constructor,
 * method and field, every constant of a public enum, and every package-info. The build's Javadoc run checks
 * the comments' HTML, syntax and references; it leaves out "missing" because that group also demands an
 * {@code @return} on every one-sentence comment, so this check covers the comments themselves.
 */
public final class PublicApiDocs {

    private static final Pattern PUBLIC = Pattern.compile("^\\s*public\\s.*");
    private static final Pattern COMPACT_CONSTRUCTOR = Pattern.compile("^\\s*public\\s+\\w+\\s*\\{\\s*$");
    private static final Pattern ENUM = Pattern.compile("^\\s*public\\s+(\\w+\\s+)*enum\\s+\\w+.*");
    private static final Pattern CONSTANT = Pattern.compile("^    [A-Z][A-Z0-9_]*\\s*(\\(.*|,|;|)\\s*$");

    private PublicApiDocs() {
    }

    /** Each undocumented public element under a source root, as "path:line: declaration". */
    public static List<String> undocumented(Path sourceRoot) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = sourceRoot.relativize(file).toString();
                if (relative.equals("module-info.java") || relative.contains("/internal/")) {
                    continue;
                }
                found.addAll(undocumented(relative, Files.readAllLines(file)));
            }
        }
        return found;
    }

    /** Each undocumented public element of one source file's lines. */
    public static List<String> undocumented(String name, List<String> lines) {
        List<String> found = new ArrayList<>();
        if (name.endsWith("package-info.java")) {
            if (lines.stream().noneMatch(l -> l.strip().startsWith("/**"))) {
                found.add(name + ":1: package without a comment");
            }
            return found;
        }
        boolean inEnumConstants = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean declaration = PUBLIC.matcher(line).matches() && !COMPACT_CONSTRUCTOR.matcher(line).matches();
            boolean constant = inEnumConstants && CONSTANT.matcher(line).matches();
            if ((declaration || constant) && !documented(lines, i)) {
                found.add(name + ":" + (i + 1) + ": " + line.strip());
            }
            if (ENUM.matcher(line).matches() && line.strip().endsWith("{")) {
                inEnumConstants = true;
            } else if (inEnumConstants && (line.strip().endsWith(";") || line.strip().equals("}"))
                    && !line.strip().startsWith("*") && !line.strip().startsWith("/")) {
                inEnumConstants = false;
            }
        }
        return found;
    }

    /** True when the declaration is an override or a Javadoc comment ends right above it (past annotations). */
    private static boolean documented(List<String> lines, int at) {
        for (int i = at - 1; i >= 0; i--) {
            String above = lines.get(i).strip();
            if (above.isEmpty()) {
                return false;
            }
            if (above.startsWith("@Override")) {
                return true;
            }
            if (above.startsWith("@")) {
                continue;
            }
            return above.endsWith("*/") && javadocStart(lines, i);
        }
        return false;
    }

    private static boolean javadocStart(List<String> lines, int end) {
        for (int i = end; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.startsWith("/**")) {
                return true;
            }
            if (line.startsWith("/*") || line.startsWith("//")) {
                return false;
            }
        }
        return false;
    }
}
