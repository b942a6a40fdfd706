/**
 * Milestone catalogs: loading the bundled catalog or a clinic's own file, and checking it.
 *
 * <p>{@link org.otmilestones.core.catalog.Catalogs} is the front door: {@code loadBundled()} for the expert
 * catalog that ships in the jar, {@code load(Path)} for a clinic's own file. A file that is not valid gives a
 * {@link org.otmilestones.core.catalog.CatalogException} listing every problem with its JSON path, line and
 * column (the format is described in {@code docs/catalog-format.md}).
 *
 * <p>Besides the shape of the file, every catalog must keep two content rules: the placement rule (a
 * milestone sits at the first checkpoint whose age is at least the age by which most children do it)
 * and the source rule (a source's address is on its publisher's own host, and a milestone marked
 * sourced cites a source that is not a clinic's or a blog's page).
 */
package org.otmilestones.core.catalog;
