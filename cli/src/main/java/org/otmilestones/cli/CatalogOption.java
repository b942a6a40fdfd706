package org.otmilestones.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.catalog.CatalogException;
import org.otmilestones.core.catalog.Catalogs;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option shared by every command that needs a catalog. */
final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "A clinic's own catalog (JSON). Default: the bundled expert catalog.")
    Path file;

    Catalog load() throws UserException, CatalogException {
        if (file == null) {
            return Catalogs.loadBundled();
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": catalog file not found; check the path given to --catalog");
        }
        return Catalogs.load(file);
    }
}
