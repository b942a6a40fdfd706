package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.DocExamples;

/** The README and the docs pages: short enough to read, and every link goes somewhere. */
class DocumentationTest {

    private static final Path ROOT = DocExamples.root();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)|<img src=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md"),
                ROOT.resolve("CONTRIBUTING.md"), ROOT.resolve("SECURITY.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        Matcher m = HEADING.matcher(Files.readString(page));
        while (m.find()) {
            anchors.add(anchor(m.group(1)));
        }
        return anchors;
    }

    /** The broken links of one page, each as "page: target (why)". */
    static List<String> brokenLinks(Path page) throws IOException {
        List<String> broken = new ArrayList<>();
        String text = Files.readString(page).replaceAll("(?s)```.*?```", "");
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2);
            if (target.matches("(?i)(https?|mailto):.*")) {
                continue;
            }
            String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
            Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
            String name = ROOT.relativize(page) + ": " + target;
            if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                broken.add(name + " (no such file)");
            } else if (!fragment.isEmpty() && (!resolved.toString().endsWith(".md")
                    || !anchors(resolved).contains(fragment))) {
                broken.add(name + " (no such heading)");
            }
        }
        return broken;
    }

    @Test
    void everyLinkInTheReadmeAndTheDocsResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            broken.addAll(brokenLinks(page));
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theLinkCheckFindsAMissingFileAndAMissingHeading() throws IOException {
        Path page = Files.createTempFile(ROOT.resolve("docs"), "broken-", ".md");
        try {
            Files.writeString(page, "# Here\n[a](nowhere.md) [b](README.md#no-such-part) [c](#here) [d](library.md)\n");
            assertThat(brokenLinks(page)).hasSize(2).anyMatch(l -> l.contains("nowhere.md (no such file)"))
                    .anyMatch(l -> l.contains("README.md#no-such-part (no such heading)"));
        } finally {
            Files.delete(page);
        }
    }

    @Test
    void headingAnchorsAreMadeAsGitHubMakesThem() {
        assertThat(anchor("Use a health record (FHIR R4)")).isEqualTo("use-a-health-record-fhir-r4");
        assertThat(anchor("The checklist page: `otm serve`")).isEqualTo("the-checklist-page-otm-serve");
    }

    @Test
    void theReadmeStaysShortEnoughToReadInFiveMinutes() throws IOException {
        assertThat(Files.size(ROOT.resolve("README.md"))).as("README.md in bytes").isLessThanOrEqualTo(8_600);
    }

    @Test
    void everyDocsPageIsListedOnTheContentsPage() throws IOException {
        String contents = Files.readString(ROOT.resolve("docs/README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            assertThat(docs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md")))
                    .allSatisfy(name -> assertThat(contents).contains("(" + name + ")"));
        }
    }

    @Test
    void theReadmesJavaLinesAreLinesOfTheLibraryGuidesExamples() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String guide = Files.readString(ROOT.resolve("docs/library.md"));
        List<String> lines = DocExamples.statements(DocExamples.block(readme, "## Use it as a library", "java", 0));

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(guide).contains(line));
    }
}
