package org.otmilestones.survey;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits decoded text into records with Commons CSV, remembering the line each record starts on. A quote
 * that is never closed or not followed by a delimiter ends one record, not the file: the problem is kept
 * with its line and reading starts again on the next line.
 */
final class CsvRecords {

    /**
     * One record as written.
     *
     * @param line the line it starts on
     * @param cells its values, untrimmed
     */
    record Raw(int line, List<String> cells) {
        Raw {
            cells = List.copyOf(cells);
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * A place the text could not be split.
     *
     * @param line the line the broken record starts on
     * @param column the 1-based column of the value whose quote is wrong, when it is on that line
     * @param problem what is wrong
     */
    record Broken(int line, OptionalInt column, String problem) {
    }

    /**
     * The records and the broken places, in file order.
     */
    record Split(List<Raw> records, List<Broken> broken) {
    }

    private CsvRecords() {
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setRecordSeparator("\r\n")
                .get();
    }

    /** Receives records and broken places in file order; returning false from {@link #record} stops the split. */
    interface Visitor {
        boolean record(Raw record);

        void broken(Broken broken);
    }

    /** Splits the whole text, reading on past broken records. */
    static Split split(String text, char delimiter) {
        return split(new LineIndex(text), delimiter, Integer.MAX_VALUE);
    }

    /** Splits the whole indexed text, reading on past broken records. */
    static Split split(LineIndex lines, char delimiter) {
        return split(lines, delimiter, Integer.MAX_VALUE);
    }

    /**
     * Splits at most {@code limit} records (broken ones included), for sniffing; the index of the
     * lines is passed in because indexing a large file costs more than sniffing a few records of it.
     */
    static Split split(LineIndex lines, char delimiter, int limit) {
        List<Raw> records = new ArrayList<>();
        List<Broken> broken = new ArrayList<>();
        forEach(lines, delimiter, new Visitor() {
            @Override
            public boolean record(Raw record) {
                records.add(record);
                return records.size() + broken.size() < limit;
            }

            @Override
            public void broken(Broken place) {
                broken.add(place);
            }
        }, limit);
        return new Split(records, broken);
    }

    /**
     * Hands every record and broken place to the visitor in file order without keeping them, so a large file
     * is never held as cells all at once; stops after {@code limit} of them, or when the visitor says so.
     */
    static void forEach(LineIndex lines, char delimiter, Visitor visitor) {
        forEach(lines, delimiter, visitor, Integer.MAX_VALUE);
    }

    private static void forEach(LineIndex lines, char delimiter, Visitor visitor, int limit) {
        String text = lines.text();
        CSVFormat format = format(delimiter);
        int seen = 0;
        int offset = 0;
        segments:
        while (offset < text.length() && seen < limit) {
            int segmentFirstLine = lines.lineOf(offset);
            int lastEndLine = segmentFirstLine - 1;
            StringReader reader = new StringReader(text);
            try {
                skip(reader, offset);
            } catch (IOException e) {
                throw new UncheckedIOException("skipping in a string failed", e);
            }
            try (CSVParser parser = format.parse(reader)) {
                Iterator<CSVRecord> it = parser.iterator();
                while (seen < limit) {
                    CSVRecord record;
                    try {
                        if (!it.hasNext()) {
                            break segments;
                        }
                        record = it.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        int badLine = lastEndLine + 1;
                        while (badLine < lines.lines() && lines.isBlank(badLine)) {
                            badLine++;
                        }
                        visitor.broken(new Broken(badLine, badColumn(lineText(text, lines, badLine), delimiter),
                                describe(e)));
                        seen++;
                        offset = lines.startOf(badLine + 1);
                        continue segments;
                    }
                    int start = offset + (int) record.getCharacterPosition();
                    // Commons CSV reports a record after skipped empty lines as starting on the first of them.
                    while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                        start++;
                    }
                    seen++;
                    if (!visitor.record(new Raw(lines.lineOf(start), record.toList()))) {
                        break segments;
                    }
                    lastEndLine = segmentFirstLine - 1 + (int) parser.getCurrentLineNumber();
                }
                break;
            } catch (IOException e) {
                throw new UncheckedIOException("reading from a string failed", e);
            }
        }
    }

    private static void skip(StringReader reader, long chars) throws IOException {
        long left = chars;
        while (left > 0) {
            long skipped = reader.skip(left);
            if (skipped <= 0) {
                return;
            }
            left -= skipped;
        }
    }

    private static String lineText(String text, LineIndex lines, int line) {
        return text.substring(lines.startOf(line), lines.startOf(line + 1)).replaceAll("[\r\n]+$", "");
    }

    /**
     * The column of the first value on the line whose quotes break the rules: a quote that opens a value and
     * is not closed on the line, or a closing quote followed by more text.
     */
    static OptionalInt badColumn(String line, char delimiter) {
        int column = 1;
        int i = 0;
        while (i <= line.length()) {
            if (i < line.length() && line.charAt(i) == '"') {
                int opened = column;
                i++;
                while (true) {
                    if (i >= line.length()) {
                        return OptionalInt.of(opened);
                    }
                    if (line.charAt(i) == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                if (i < line.length() && line.charAt(i) != delimiter) {
                    return OptionalInt.of(opened);
                }
            } else {
                while (i < line.length() && line.charAt(i) != delimiter) {
                    i++;
                }
            }
            if (i >= line.length()) {
                return OptionalInt.empty();
            }
            i++;
            column++;
        }
        return OptionalInt.empty();
    }

    private static String describe(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF")) {
            return "a value opens a quote (\") that is never closed";
        }
        return "a quoted value does not end properly: its closing quote is followed by more text instead of a"
                + " delimiter or the end of the line";
    }
}
