package org.otmilestones.report;

import java.util.Objects;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.scoring.ChecklistResult;

/**
 * Front door to the handout's words: builds the pure {@link Handout} description that
 * {@code org.otmilestones.report.pdf.PdfHandouts} draws.
 */
public final class Handouts {

    private Handouts() {
    }

    /**
     * What the parent handout says for one scored checklist.
     *
     * @throws IllegalArgumentException when the result was scored with another catalog, or the
     *         language is not in the catalog or has no handout texts
     */
    public static Handout describe(ChecklistResult result, Catalog catalog, ReportOptions options) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(options, "options");
        if (!result.catalogId().equals(catalog.id()) || !result.catalogVersion().equals(catalog.version())) {
            throw new IllegalArgumentException("result was scored with catalog " + result.catalogId() + " "
                    + result.catalogVersion() + ", but catalog is " + catalog.id() + " " + catalog.version());
        }
        return new HandoutBuilder(result, catalog, options, Wording.of(catalog, options)).build();
    }

    /**
     * A printable blank checklist for one checkpoint, for parents who answer on paper.
     *
     * @throws IllegalArgumentException when the checkpoint is not in the catalog, or the language
     *         is not in the catalog or has no handout texts
     */
    public static Handout describeBlankChecklist(Catalog catalog, Checkpoint checkpoint, ReportOptions options) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(options, "options");
        if (!catalog.checkpoints().contains(checkpoint)) {
            throw new IllegalArgumentException("checkpoint " + checkpoint.id() + " is not in catalog " + catalog.id());
        }
        return new BlankChecklistBuilder(catalog, checkpoint, options, Wording.of(catalog, options)).build();
    }
}
