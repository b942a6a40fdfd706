package org.otmilestones.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor bare OpenPDF sets (a two-page untagged document, DejaVu from bytes), once with
 * OpenPDF's own document identifier and once with a pinned one, on one and two threads.
 *
 * <p>Without a {@code /FileId} in the info dictionary, {@code PdfWriter.close()} calls
 * {@code PdfEncryption.createDocumentId()}, which reads {@code Runtime.freeMemory()} (the heap lock
 * under G1) and a static counter; without a subset-prefix random, each font subset makes a new
 * {@code SecureRandom} (a process-wide lock in NativePRNG). {@link Painter} pins both, for
 * repeatable bytes, and so takes no process-wide lock per document. On a quiet machine the pinned
 * identifier gains only a little; the 1.1x to 1.4x seen at times here came from other processes
 * on the two shared cores, so the load average is printed with the numbers.
 */
public final class BareOpenPdfBenchmark {

    private static BaseFont regular;
    private static BaseFont bold;

    private BareOpenPdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, true, false,
                BareOpenPdfBenchmark.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")
                        .readAllBytes(), null);
        bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, true, false,
                BareOpenPdfBenchmark.class.getResourceAsStream(
                        "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf").readAllBytes(), null);
        System.out.printf("load average before the run: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (boolean pinned : new boolean[] {false, true}) {
            for (int i = 0; i < 1500; i++) {
                document(pinned);
            }
            int n = 2000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                document(pinned);
            }
            double one = (System.nanoTime() - start) / 1e6 / n;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            start = System.nanoTime();
            Future<?> a = pool.submit(() -> loop(pinned, n));
            Future<?> b = pool.submit(() -> loop(pinned, n));
            a.get();
            b.get();
            double two = (System.nanoTime() - start) / 1e6 / (2 * n);
            pool.shutdown();
            System.out.printf("bare OpenPDF, %s document id: 1 thread %.2f ms/doc, 2 threads %.2f ms/doc wall, %.2fx%n",
                    pinned ? "pinned" : "OpenPDF's", one, two, one / two);
        }
    }

    private static Void loop(boolean pinned, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            document(pinned);
        }
        return null;
    }

    private static byte[] document(boolean pinnedId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        Document d = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(d, out);
        if (pinnedId) {
            byte[] id = new byte[16];
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        }
        d.open();
        Font body = new Font(regular, 11);
        Font strong = new Font(bold, 12);
        d.add(new Paragraph("Zoë Ångström ✓ achieved ◐ emerging ✗ not yet, Straße", strong));
        d.add(new Paragraph("Some body text that fills a line or two of the page, and then a little more.", body));
        PdfPTable table = new PdfPTable(3);
        table.setHeaderRows(1);
        table.addCell(new Phrase("Skill", strong));
        table.addCell(new Phrase("Answer", strong));
        table.addCell(new Phrase("Note", strong));
        for (int i = 0; i < 48; i++) {
            table.addCell(new Phrase("Question " + i + " about hands", body));
            table.addCell(new Phrase("✓ Yes", body));
            table.addCell(new Phrase("◐ sometimes", body));
        }
        d.add(table);
        d.close();
        return out.toByteArray();
    }
}
