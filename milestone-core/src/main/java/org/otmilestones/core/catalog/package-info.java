/**
 * The project's JSON files: reads milestone catalogs and survey column mappings, and writes scored
 * results; the only package that uses Jackson, which never shows in a public signature. It may use
 * the answers and scoring packages, never the reverse.
 *
 * <p>{@link org.otmilestones.core.catalog.Catalogs} is the front door to catalogs: {@code loadBundled()}
 * for the expert catalog that ships in the jar, {@code load(Path)} for a clinic's own file. A file that
 * is not valid gives a {@link org.otmilestones.core.catalog.CatalogException} listing every problem with
 * its JSON path, line and column (format: {@code docs/catalog-format.md}).
 * {@link org.otmilestones.core.catalog.ColumnMappings} reads mapping files ({@code docs/mapping-format.md});
 * {@link org.otmilestones.core.catalog.ResultJson} writes the result JSON shown in the README.
 */
package org.otmilestones.core.catalog;
