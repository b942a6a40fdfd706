package org.otmilestones.report.pdf;

import com.lowagie.text.Image;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.report.Block;
import org.otmilestones.report.Handout;
import org.otmilestones.report.Handouts;
import org.otmilestones.report.Logo;
import org.otmilestones.report.ReportOptions;

/**
 * Renders parent handouts and blank checklists as accessible (PDF/UA-1), repeatable PDFs; safe to
 * call from several threads at once.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     RenderResult r = PdfHandouts.render(result, catalog, ReportOptions.defaults(), out);
 * }
 * }</pre>
 *
 * <p>For many handouts, make one renderer with {@link #create()} and use it for all of them: it keeps
 * the lines of the wording every handout shares, so each is broken once, not once per handout.
 */
public final class PdfHandouts {

    private final LineCache lines;

    private PdfHandouts(LineCache lines) {
        this.lines = lines;
    }

    /** A renderer for a batch of handouts, with its own bounded memory of broken lines. */
    public static PdfHandouts create() {
        return new PdfHandouts(new LineCache(LineCache.DEFAULT_CAPACITY));
    }

    /**
     * Renders the parent handout of one scored checklist; the stream is written but not closed.
     *
     * @throws IllegalArgumentException when the result was scored with another catalog, or the
     *         language is not in the catalog or has no handout texts
     * @throws IOException when writing to {@code out} fails
     */
    public RenderResult handout(ChecklistResult result, Catalog catalog, ReportOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        return draw(Handouts.describe(result, catalog, options), out, lines);
    }

    /**
     * Renders a printable blank checklist of one checkpoint; the stream is written but not closed.
     *
     * @throws IllegalArgumentException when the checkpoint is not in the catalog, or the language is
     *         not in the catalog or has no handout texts
     * @throws IOException when writing to {@code out} fails
     */
    public RenderResult blankChecklist(Catalog catalog, Checkpoint checkpoint, ReportOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        return draw(Handouts.describeBlankChecklist(catalog, checkpoint, options), out, lines);
    }

    /**
     * Renders the parent handout of one scored checklist with a renderer of its own; the stream is
     * written but not closed.
     *
     * @throws IllegalArgumentException when the result was scored with another catalog, or the
     *         language is not in the catalog or has no handout texts
     * @throws IOException when writing to {@code out} fails
     */
    public static RenderResult render(ChecklistResult result, Catalog catalog, ReportOptions options, OutputStream out)
            throws IOException {
        return create().handout(result, catalog, options, out);
    }

    /**
     * Renders a printable blank checklist of one checkpoint with a renderer of its own; the stream is
     * written but not closed.
     *
     * @throws IllegalArgumentException when the checkpoint is not in the catalog, or the language is
     *         not in the catalog or has no handout texts
     * @throws IOException when writing to {@code out} fails
     */
    public static RenderResult renderBlankChecklist(Catalog catalog, Checkpoint checkpoint, ReportOptions options,
            OutputStream out) throws IOException {
        return create().blankChecklist(catalog, checkpoint, options, out);
    }

    /** Draws any handout description, sharing broken lines through the cache. */
    static RenderResult draw(Handout handout, OutputStream out, LineCache lines) throws IOException {
        Set<String> warnings = new LinkedHashSet<>();
        Map<Logo, Image> images = new HashMap<>();
        Map<Logo, float[]> sizes = new HashMap<>();
        collectLogos(handout.blocks(), images, sizes);
        Geometry geometry = Geometry.of(handout.paper());
        Layouter layouter = new Layouter(geometry, new TextSetter(lines, warnings), sizes);
        List<Page> pages = layouter.layout(handout);
        CountingStream counting = new CountingStream(out);
        Painter.paint(handout, geometry, layouter.root, pages, images, counting);
        counting.flush();
        return new RenderResult(pages.size(), counting.count, List.copyOf(warnings));
    }

    /** The laid-out pages of a handout, without painting them: for tests that look at the layout. */
    static List<Page> pages(Handout handout) throws IOException {
        Map<Logo, Image> images = new HashMap<>();
        Map<Logo, float[]> sizes = new HashMap<>();
        collectLogos(handout.blocks(), images, sizes);
        return new Layouter(Geometry.of(handout.paper()), new TextSetter(new LineCache(0), new LinkedHashSet<>()), sizes)
                .layout(handout);
    }

    private static void collectLogos(List<Block> blocks, Map<Logo, Image> images, Map<Logo, float[]> sizes)
            throws IOException {
        for (Block b : blocks) {
            if (b instanceof Block.ClinicBanner banner && banner.logo().isPresent()) {
                Logo logo = banner.logo().get();
                if (!images.containsKey(logo)) {
                    try {
                        Image image = Image.getInstance(logo.bytes());
                        images.put(logo, image);
                        float dpiX = image.getDpiX() > 0 ? image.getDpiX() : 72f;
                        float dpiY = image.getDpiY() > 0 ? image.getDpiY() : 72f;
                        sizes.put(logo, new float[] {image.getWidth() * 72f / dpiX, image.getHeight() * 72f / dpiY});
                    } catch (RuntimeException e) {
                        throw new IOException("the clinic logo (" + logo.format() + ") cannot be read as an image: "
                                + e.getMessage(), e);
                    }
                }
            } else if (b instanceof Block.Section s) {
                collectLogos(s.blocks(), images, sizes);
            }
        }
    }

    /** Counts the bytes written, for the result. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
