/**
 * Reads and checks the JSON files of the toolkit: milestone catalogs ({@link org.otmilestones.core.catalog.Catalogs})
 * and survey column mappings ({@link org.otmilestones.core.catalog.ColumnMappings}). This is the only package
 * that uses Jackson; it may use the answers package, never the reverse.
 */
package org.otmilestones.core.catalog;
