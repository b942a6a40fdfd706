/**
 * Milestone catalogs: loading the bundled catalog or a clinic's own file, and checking it.
 *
 * <p>{@link org.otmilestones.core.catalog.Catalogs} is the front door: {@code loadBundled()} for the expert
 * catalog that ships in the jar, {@code load(Path)} for a clinic's own file. A file that is not valid gives a
 * {@link org.otmilestones.core.catalog.CatalogException} listing every problem with its JSON path, line and
 * column (the format is described in {@code docs/catalog-format.md}).
 */
package org.otmilestones.core.catalog;
