package org.otmilestones.survey;

import java.util.List;

/**
 * Picks the delimiter that splits the first records into the most consistent number of columns, with quotes
 * respected: a comma inside {@code "Seattle, WA"} does not count.
 */
final class DelimiterSniffer {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int RECORDS_SNIFFED = 20;

    private DelimiterSniffer() {
    }

    static char sniff(String text) {
        return sniff(new LineIndex(text));
    }

    /** The delimiter of an indexed text: one index serves every candidate. */
    static char sniff(LineIndex lines) {
        char best = ',';
        double bestScore = -1;
        int bestColumns = 1;
        for (char candidate : CANDIDATES) {
            CsvRecords.Split split = CsvRecords.split(lines, candidate, RECORDS_SNIFFED);
            List<CsvRecords.Raw> records = split.records().stream().filter(r -> !r.isBlank()).toList();
            if (records.isEmpty()) {
                continue;
            }
            int columns = records.get(0).cells().size();
            if (columns < 2) {
                continue;
            }
            long consistent = records.stream().filter(r -> r.cells().size() == columns).count();
            double score = (double) consistent / (records.size() + split.broken().size());
            if (score > bestScore || (score == bestScore && columns > bestColumns)) {
                best = candidate;
                bestScore = score;
                bestColumns = columns;
            }
        }
        return best;
    }
}
