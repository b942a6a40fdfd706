package org.otmilestones.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otmilestones.core.catalog.Catalogs;

/**
 * The plain-language gate: every text of the bundled catalog that a parent reads meets the
 * project's targets ({@link PlainLanguageTargets#forParents}) in every language. A failure shows the
 * findings and the whole score table; {@code otm catalog readability} shows the table at any time.
 */
class BundledCatalogReadabilityTest {

    private static final int HARDEST_SHOWN = 10;

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"en", "es"})
    void bundledCatalogMeetsThePlainLanguageTargets(String language) {
        CatalogReadabilityReport report = CatalogReadability.report(Catalogs.loadBundled(), language);
        List<GateFinding> findings = PlainLanguageGate.check(report);
        String table = CatalogReadability.formatTable(report, HARDEST_SHOWN);
        String problems = PlainLanguageGate.format(findings, report.language());

        assertThat(report.unscored()).as("texts without words").isEmpty();
        assertThat(findings).as("plain-language findings:%n%s%n%s", problems, table).isEmpty();
    }
}
