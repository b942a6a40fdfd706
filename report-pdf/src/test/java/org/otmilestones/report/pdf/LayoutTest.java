package org.otmilestones.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.otmilestones.report.Block;
import org.otmilestones.report.Handout;
import org.otmilestones.report.Paper;
import org.otmilestones.report.Text;
import org.otmilestones.report.Tone;

class LayoutTest {

    private static final String WORDS = "Children grow at their own pace and every family has its own rhythm. ";

    private static Handout handout(List<Block> blocks) {
        return new Handout("en", "Test", "Test", LocalDate.of(2026, 1, 1), "k", Paper.LETTER, blocks,
                new Handout.Footer("Left", "Right", "Page {0} of {1}", "en"));
    }

    private static Block.Table longTable(int rows) {
        List<List<Block.Cell>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(List.of(Block.Cell.of("Question number " + i + ": " + WORDS.repeat(1 + i % 3)),
                    Block.Cell.of(Text.builder().add("✓", Text.Emphasis.STRONG, Tone.GOOD).plain(" Yes").build())));
        }
        return new Block.Table(List.of(new Block.Column("Question", 3.4, false), new Block.Column("Your answer", 1.1, false)),
                Block.HeaderCells.FIRST_ROW, cells, List.of());
    }

    /** Many headings, paragraphs, lists and tables of varied lengths: headings land near page ends. */
    private static List<Block> stress() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, Text.of("Stress")));
        // Lengths that do not repeat in step with the page, so headings land at every height.
        for (int i = 0; i < 60; i++) {
            List<Block> section = new ArrayList<>();
            section.add(new Block.Heading(2, Text.of("Part " + i)));
            section.add(Block.Paragraph.of(WORDS.repeat(1 + i % 7)));
            section.add(new Block.Heading(3, Text.of("Detail " + i)));
            if (i % 3 == 0) {
                section.add(longTable(2 + i % 5));
            } else if (i % 3 == 1) {
                section.add(new Block.BulletList(List.of(Text.of(WORDS), Text.of(WORDS.repeat(1 + i % 4)))));
            } else {
                section.add(new Block.Callout(Tone.CALM, List.of(new Block.Heading(3, Text.of("Box " + i)),
                        Block.Paragraph.of(WORDS.repeat(1 + i % 3)))));
            }
            blocks.add(new Block.Section(section));
        }
        return blocks;
    }

    private static List<Page> layout(List<Block> blocks) {
        return new Layouter(Geometry.of(Paper.LETTER), new TextSetter(new LineCache(16), new LinkedHashSet<>()), Map.of())
                .layout(handout(blocks));
    }

    @Test
    void everyKindOfBlockHasALayout() {
        Layouter layouter = new Layouter(Geometry.of(Paper.LETTER),
                new TextSetter(new LineCache(16), new LinkedHashSet<>()), Map.of());
        Class<?>[] kinds = Block.class.getPermittedSubclasses();
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(11);
        for (Class<?> kind : kinds) {
            assertThat(layouter.hasLayout(kind.asSubclass(Block.class))).as(kind.getSimpleName()).isTrue();
        }
        // The check can fail: a kind the layout does not know.
        assertThat(layouter.hasLayout(Block.class)).isFalse();
    }

    @Test
    void noPageEndsWithAHeading() {
        List<Page> pages = layout(stress());
        assertThat(pages.size()).isGreaterThan(5);
        EnumSet<Role> headings = EnumSet.of(Role.H1, Role.H2, Role.H3);
        for (int i = 0; i < pages.size() - 1; i++) {
            Mark last = null;
            for (Mark m : pages.get(i).marks) {
                if (!m.isArtifact() && !m.ops.isEmpty()) {
                    last = m;
                }
            }
            assertThat(last).isNotNull();
            assertThat(headings).as("page %d ends with a heading", i + 1).doesNotContain(last.node.role);
        }
    }

    @Test
    void aTableSplitAcrossPagesRepeatsItsHeaderOnEveryPage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult r = PdfHandouts.draw(handout(List.of(new Block.Heading(1, Text.of("Answers")), longTable(60))), out, new LineCache(16));
        assertThat(r.pages()).isGreaterThanOrEqualTo(3);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            for (int p = 1; p <= r.pages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(d);
                assertThat(page).as("page %d", p).containsPattern("Question\\s+Your answer");
            }
        }
        assertThat(PdfChecks.pdfUaFailures(out.toByteArray())).isEmpty();
        String all = PdfChecks.text(out.toByteArray()).replaceAll("\\s+", " ");
        for (int i = 0; i < 60; i++) {
            assertThat(all).contains("Question number " + i + ":");
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitBetweenLinesNotCut() throws IOException {
        String huge = WORDS.repeat(120);
        Block.Table table = new Block.Table(List.of(new Block.Column("Question", 3, false),
                new Block.Column("Answer", 1, false)), Block.HeaderCells.FIRST_ROW,
                List.of(List.of(Block.Cell.of(huge + "THE END"), Block.Cell.of("Yes"))), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult r = PdfHandouts.draw(handout(List.of(table)), out, new LineCache(16));
        assertThat(r.pages()).isGreaterThanOrEqualTo(2);
        assertThat(PdfChecks.text(out.toByteArray()).replaceAll("\\s+", " ")).contains("THE END");
        assertThat(LayoutProbe.glyphsOutsideTheFrame(out.toByteArray())).isEmpty();
    }

    @Test
    void theStressDocumentPassesPdfUa() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfHandouts.draw(handout(stress()), out, new LineCache(16));
        assertThat(PdfChecks.pdfUaFailures(out.toByteArray())).isEmpty();
    }

    @Test
    void theVeraPdfCheckCanFail() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("An untagged paragraph in an untagged document."));
        document.close();
        assertThat(PdfChecks.pdfUaFailures(out.toByteArray())).isNotEmpty();
    }
}
