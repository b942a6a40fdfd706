package org.otmilestones.survey;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.catalog.Catalogs;

/** Shared test data: the bundled catalog, a fixed today and the fixture files. */
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
}
