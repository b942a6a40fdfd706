package org.otmilestones.core.survey;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.catalog.Catalogs;

/** Shared test data: the bundled catalog, a fixed today, the fixture files and the real sample exports. */
public final class Fixtures {

    public static final Catalog CATALOG = Catalogs.loadBundled();
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private Fixtures() {
    }

    public static ImportOptions options() {
        return ImportOptions.defaults(TODAY);
    }

    /** A fixture CSV from this package's test resources. */
    public static Path resource(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ImportResult read(String resource) throws ImportException {
        return SurveyImports.read(resource(resource), CATALOG, options());
    }

    /**
     * The shared folder of real exports: {@code ../shared/samples/survey-exports} next to the repository,
     * found from the working directory (the module when Maven runs), or the {@code otm.samples} property.
     */
    public static Optional<Path> realSamples() {
        String property = System.getProperty("otm.samples");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Optional.of(Path.of(property));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/samples/survey-exports").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
