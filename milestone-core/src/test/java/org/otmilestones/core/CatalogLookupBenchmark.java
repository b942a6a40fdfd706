package org.otmilestones.core;

import org.otmilestones.core.catalog.Catalogs;

/**
 * Prints how long catalog lookups take with one catalog, and with two catalogs used in turn (a clinic's own
 * beside the bundled one, or two languages in a server): the two figures should be about the same. Not a
 * test; run it with
 * {@code mvn -q -pl milestone-core test-compile exec:java -Dexec.skip=false -Dexec.classpathScope=test
 * -Dexec.mainClass=org.otmilestones.core.CatalogLookupBenchmark}.
 */
public final class CatalogLookupBenchmark {

    private static final int ROUNDS = 5;
    private static final int LOOKUPS = 2_000_000;

    private CatalogLookupBenchmark() {
    }

    public static void main(String[] args) {
        Catalog bundled = Catalogs.loadBundled();
        Catalog other = bundled.withMilestones(bundled.milestones());
        String[] ids = bundled.milestones().stream().map(Milestone::id).toArray(String[]::new);
        long sink = 0;
        double best1 = Double.MAX_VALUE;
        double best2 = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < LOOKUPS; i++) {
                sink += bundled.milestone(ids[i % ids.length]).isPresent() ? 1 : 0;
            }
            best1 = Math.min(best1, (System.nanoTime() - start) / (double) LOOKUPS);
            start = System.nanoTime();
            for (int i = 0; i < LOOKUPS; i++) {
                Catalog c = (i & 1) == 0 ? bundled : other;
                sink += c.milestone(ids[i % ids.length]).isPresent() ? 1 : 0;
            }
            best2 = Math.min(best2, (System.nanoTime() - start) / (double) LOOKUPS);
        }
        System.out.printf("one catalog: %.1f ns per lookup; two catalogs in turn: %.1f ns per lookup; ratio %.2f"
                + " (best of %d rounds of %,d lookups; %d found)%n", best1, best2, best2 / best1, ROUNDS, LOOKUPS, sink);
    }
}
