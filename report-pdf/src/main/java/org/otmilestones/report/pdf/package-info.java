/**
 * How the handout is drawn: the only user of OpenPDF. {@link org.otmilestones.report.pdf.PdfHandouts}
 * lays a {@link org.otmilestones.report.Handout} out in pages through a small layout layer of its
 * own (every drawn block carries its accessibility structure role), then paints the pages as a
 * tagged PDF/UA-1 document with embedded DejaVu fonts. The age charts are vector drawings, one
 * tagged figure with alternative text per area.
 */
package org.otmilestones.report.pdf;
