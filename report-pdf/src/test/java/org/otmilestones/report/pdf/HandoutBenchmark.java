package org.otmilestones.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.otmilestones.report.Samples;

/**
 * Prints render-only speed and size for the 2-year-old sample: the first report in this fresh JVM,
 * the warm time per report on one thread, the throughput on two threads, and the file size.
 *
 * <pre>
 * mvn -B -q -pl report-pdf -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.otmilestones.report.pdf.HandoutBenchmark
 * </pre>
 * Targets: at most 8 ms per report warm on one thread, at least 1.6x that throughput
 * on two threads, at most 120 KB.
 */
public final class HandoutBenchmark {

    private HandoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        // The machine's cores may be shared: a load average near or above the core count skews every number.
        System.out.printf("load average before the run: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        Samples.Sample sample = Samples.toddlerMixed();
        long scored = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        RenderResult first = render(sample, out);
        long firstDone = System.nanoTime();
        System.out.printf("first report in a fresh JVM: %.0f ms render (fonts, classes, JIT), "
                + "%.0f ms since JVM start%n", (firstDone - scored) / 1e6,
                (double) (System.currentTimeMillis() - jvmStart));
        System.out.printf("sample: 2-year-old, %d pages, %d bytes (%.1f KB), warnings %s (scoring took %.0f ms)%n",
                first.pages(), first.bytes(), first.bytes() / 1024.0, first.warnings(), (scored - t0) / 1e6);

        for (int i = 0; i < warmup; i++) {
            render(sample, out);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
                java.lang.management.ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        render(sample, out);
        System.out.printf("allocated per report: %.2f MB%n",
                (threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6);
        double single = Double.MAX_VALUE;
        double singleCpu = Double.MAX_VALUE;
        double singleGc = 0;
        for (int run = 0; run < 3; run++) {
            long gc = gcMillis();
            long cpu = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            for (int i = 0; i < measured; i++) {
                render(sample, out);
            }
            double wall = (System.nanoTime() - s) / 1e6;
            singleCpu = Math.min(singleCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / measured);
            if (wall / measured < single) {
                single = wall / measured;
                singleGc = (gcMillis() - gc) / wall;
            }
        }
        System.out.printf("warm, 1 thread: %.2f ms/report (%.0f reports/s), best of 3 runs of %d, %.0f%% of the time in GC%n",
                single, 1000 / single, measured, 100 * singleGc);
        // On a shared machine the wall time includes waiting for a core; the thread's own CPU time does not.
        System.out.printf("warm, 1 thread, CPU time of the rendering thread: %.2f ms/report%n", singleCpu);

        int workers = 2;
        double bestWall = Double.MAX_VALUE;
        double parallelGc = 0;
        for (int run = 0; run < 3; run++) {
            long gc = gcMillis();
            double wall = parallel(sample, workers, measured);
            if (wall < bestWall) {
                bestWall = wall;
                parallelGc = (gcMillis() - gc) / wall;
            }
        }
        double perReport = bestWall / (workers * measured);
        System.out.printf("warm, %d threads: %.2f ms wall/report (%.0f reports/s), %.2fx the 1-thread throughput, "
                + "%.0f%% of the wall time in GC%n", workers, perReport, 1000 / perReport, single / perReport,
                100 * parallelGc);
        System.out.printf("GC: %s%n", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    private static long gcMillis() {
        long total = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** One renderer for the whole benchmark, as a batch of handouts uses one. */
    private static final PdfHandouts RENDERER = PdfHandouts.create();

    private static RenderResult render(Samples.Sample s, ByteArrayOutputStream out) {
        out.reset();
        try {
            return RENDERER.handout(s.result(), Samples.CATALOG, s.options(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double parallel(Samples.Sample s, int threads, int perThread) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        render(s, out);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            worker.start();
            workers.add(worker);
        }
        long begin = System.nanoTime();
        start.countDown();
        done.await();
        return (System.nanoTime() - begin) / 1e6;
    }
}
