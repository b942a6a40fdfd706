package org.otmilestones.forms.fhir;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.forms.ExportShapes;
import org.otmilestones.forms.Form;
import org.otmilestones.survey.ImportOptions;
import org.otmilestones.survey.fhir.FhirResponses;

/**
 * Prints how long a Bundle of N QuestionnaireResponses (default 10,000, each with a contained Patient) takes
 * to stream, and the most heap in use while it does, with a caller that keeps nothing and with one that keeps
 * every row (as {@code otm report} does). Not a test; run it with
 * {@code mvn -q -pl milestone-core test-compile exec:java -Dexec.skip=false -Dexec.classpathScope=test
 * -Dexec.mainClass=org.otmilestones.survey.fhir.FhirResponsesBenchmark -Dexec.args=10000}.
 */
public final class FhirResponsesBenchmark {

    private FhirResponsesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Catalog catalog = Catalogs.loadBundled();
        Checkpoint c24 = catalog.checkpoint("24m").orElseThrow();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Milestone m : catalog.milestones(c24)) {
            answers.put(m.id(), Answer.YES);
        }
        String one = ExportShapes.fhirResponse(Form.of(catalog, c24, List.of("en")), new ExportShapes.Family("N",
                "Ana", LocalDate.of(2024, 10, 1), Optional.empty(), LocalDate.of(2026, 11, 20), c24, answers), "en");
        Path file = Files.createTempFile("otm-bundle", ".json");
        try {
            try (Writer out = Files.newBufferedWriter(file)) {
                out.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
                for (int i = 0; i < count; i++) {
                    out.write((i == 0 ? "" : ",") + "\n{\"resource\":" + one.replace("\"value\":\"N\"",
                            "\"value\":\"N" + i + "\"") + "}");
                }
                out.write("]}");
            }
            ImportOptions options = ImportOptions.defaults(LocalDate.of(2026, 11, 26));
            for (int round = 0; round < 3; round++) {
                System.gc();
                resetPeaks();
                AtomicInteger rows = new AtomicInteger();
                long start = System.nanoTime();
                FhirResponses.stream(file, catalog, options, r -> rows.incrementAndGet(), e -> { });
                double streamed = (System.nanoTime() - start) / 1e9;
                long streamedPeak = peakHeap();
                System.gc();
                resetPeaks();
                start = System.nanoTime();
                int kept = FhirResponses.read(file, catalog, options).rows().size();
                double read = (System.nanoTime() - start) / 1e9;
                System.out.printf("%d responses, %.1f MB file: streamed in %.2f s, peak heap %.0f MB; "
                        + "read keeping all %d rows in %.2f s, peak heap %.0f MB%n", rows.get(),
                        Files.size(file) / 1e6, streamed, streamedPeak / 1e6, kept, read, peakHeap() / 1e6);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
