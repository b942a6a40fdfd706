package org.otmilestones.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.readability.CatalogReadability;
import org.otmilestones.core.readability.ParentText;
import org.otmilestones.core.readability.Readability;

/**
 * The plain-language gate of issue 5 over everything a parent reads: the catalog's texts and the
 * handout's own fixed wording, together.
 */
class HandoutWordingReadabilityTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    /** The handout's sentences: message values with at least four words, placeholders filled as the code fills them. */
    private static List<String> wording(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = HandoutWordingReadabilityTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> texts = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key).replaceAll("\\{\\d+}", language.equals("es") ? "Ana" : "Sam");
            if (!key.startsWith("symbol.") && !key.contains("pattern") && text.split("\\s+").length >= 4) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static List<String> catalogTexts(String language) {
        return CatalogReadability.parentTexts(CATALOG, language).stream().map(ParentText::text)
                .filter(Readability::hasWords).toList();
    }

    @Test
    void keepsEverythingAParentReadsInEnglishAtASixthGradeLevel() throws IOException {
        List<String> wording = wording("en");
        List<String> all = new ArrayList<>(catalogTexts("en"));
        all.addAll(wording);
        double average = all.stream().mapToDouble(t -> Readability.english(t).fleschKincaidGrade()).average().orElseThrow();
        double wordingAverage = wording.stream().mapToDouble(t -> Readability.english(t).fleschKincaidGrade())
                .average().orElseThrow();
        System.out.printf("English: catalog and handout wording, %d texts: average Flesch-Kincaid grade %.2f "
                + "(handout wording alone, %d texts: %.2f)%n", all.size(), average, wording.size(), wordingAverage);
        hardest(wording, t -> Readability.english(t).fleschKincaidGrade(), true)
                .forEach(t -> System.out.printf("  grade %5.1f  %s%n", Readability.english(t).fleschKincaidGrade(), t));

        assertThat(average).isLessThanOrEqualTo(6.0);
        assertThat(wording).allSatisfy(t -> assertThat(Readability.english(t).longestSentenceWords())
                .as("a sentence in: " + t).isLessThanOrEqualTo(20));
    }

    @Test
    void keepsEverythingAParentReadsInSpanishFairlyEasy() throws IOException {
        List<String> wording = wording("es");
        List<String> all = new ArrayList<>(catalogTexts("es"));
        all.addAll(wording);
        double average = all.stream().mapToDouble(t -> Readability.spanish(t).fernandezHuerta()).average().orElseThrow();
        double wordingAverage = wording.stream().mapToDouble(t -> Readability.spanish(t).fernandezHuerta())
                .average().orElseThrow();
        System.out.printf("Spanish: catalog and handout wording, %d texts: average Fernandez-Huerta %.1f "
                + "(handout wording alone, %d texts: %.1f)%n", all.size(), average, wording.size(), wordingAverage);
        hardest(wording, t -> Readability.spanish(t).fernandezHuerta(), false)
                .forEach(t -> System.out.printf("  FH %6.1f  %s%n", Readability.spanish(t).fernandezHuerta(), t));

        assertThat(average).isGreaterThanOrEqualTo(70.0);
    }

    private static List<String> hardest(List<String> texts, java.util.function.ToDoubleFunction<String> score,
            boolean higherIsHarder) {
        Comparator<String> byScore = Comparator.comparingDouble(score);
        return texts.stream().sorted(higherIsHarder ? byScore.reversed() : byScore).limit(5).toList();
    }
}
