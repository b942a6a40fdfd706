package org.otmilestones.cli;

import org.otmilestones.core.Catalog;

/** Chooses the language of a run: the one asked for, if the catalog has it, else the catalog's first. */
final class Languages {

    private Languages() {
    }

    static String choose(Catalog catalog, String requested) throws UserException {
        if (requested == null) {
            return catalog.defaultLanguage();
        }
        String code = requested.strip().toLowerCase(java.util.Locale.ROOT);
        if (!catalog.languages().contains(code)) {
            throw new UserException(ExitCodes.USAGE, "--lang " + requested + ": the catalog has no texts in that language; use one of "
                    + String.join(", ", catalog.languages()));
        }
        return code;
    }
}
