package org.otmilestones.cli;

import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;

/** Finds the checkpoint named by {@code --checkpoint}, with a plain message listing the known ones. */
final class Checkpoints {

    private Checkpoints() {
    }

    static Checkpoint require(Catalog catalog, String id) throws UserException {
        return catalog.checkpoint(id).orElseThrow(() -> new UserException(ExitCodes.USAGE, "--checkpoint " + id
                + " is not in the catalog; use one of "
                + String.join(", ", catalog.checkpoints().stream().map(Checkpoint::id).toList())));
    }
}
