package org.otmilestones.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The small valid clinic catalog of the tests, written with one change, and loaded expecting a rejection. */
final class SmallCatalog {

    private SmallCatalog() {
    }

    static String valid() {
        try (InputStream in = SmallCatalog.class.getResourceAsStream("small-catalog.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The catalog with the change applied, in the folder; a change that changes nothing fails the test. */
    static Path write(Path dir, UnaryOperator<String> change) throws IOException {
        Path file = dir.resolve("clinic-catalog.json");
        String original = valid();
        String changed = change.apply(original);
        if (change != UnaryOperator.<String>identity()) {
            assertThat(changed).as("the change must apply to the fixture").isNotEqualTo(original);
        }
        Files.writeString(file, changed);
        return file;
    }

    /** The rejection of the changed catalog, which must name the file. */
    static CatalogException failure(Path dir, UnaryOperator<String> change) throws IOException {
        Path file = write(dir, change);
        try {
            Catalogs.load(file);
        } catch (CatalogException e) {
            assertThat(e.file()).contains(file.toString());
            assertThat(e.getMessage()).contains(file.toString());
            return e;
        }
        throw new AssertionError("expected the catalog to be rejected");
    }
}
