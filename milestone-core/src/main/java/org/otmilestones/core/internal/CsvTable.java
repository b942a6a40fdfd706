package org.otmilestones.core.internal;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.otmilestones.core.VisibleText;

/**
 * A CSV file written row by row, safe to open in a spreadsheet and to show on a terminal: hidden characters
 * in a cell (control characters, line breaks, bidi controls) are shown as visible escapes by
 * {@link VisibleText}, and a cell that starts with {@code = + - @} gets a leading apostrophe, so Excel,
 * LibreOffice and Sheets show it instead of running it as a formula. Rows end with CRLF; the caller chooses the writer's encoding (UTF-8 with a BOM opens
 * cleanly in Excel). Rows may be written from several threads.
 */
public final class CsvTable implements Closeable, Flushable {

    private final CSVPrinter printer;
    private final int columns;

    private CsvTable(CSVPrinter printer, int columns) {
        this.printer = printer;
        this.columns = columns;
    }

    /**
     * Starts a table by writing its header row.
     *
     * @param out where to write; closed when the table is closed
     * @param header the column names
     */
    public static CsvTable open(Writer out, List<String> header) throws IOException {
        Objects.requireNonNull(out, "out");
        if (header == null || header.isEmpty()) {
            throw new IllegalArgumentException("header must name at least one column");
        }
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        CsvTable table = new CsvTable(printer, header.size());
        table.row(header);
        return table;
    }

    /** Writes one row; {@code null} cells are written empty. */
    public synchronized void row(List<String> cells) throws IOException {
        Objects.requireNonNull(cells, "cells");
        if (cells.size() != columns) {
            throw new IllegalArgumentException("cells must have " + columns + " values, like the header, had " + cells.size());
        }
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(neutralise(cell));
        }
        printer.printRecord(safe);
    }

    /** Writes one row. */
    public void row(String... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    /**
     * The cell as it is safe to write: hidden characters escaped, and with a leading apostrophe when it starts
     * with a character a spreadsheet treats as the start of a formula; {@code null} becomes empty.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String visible = VisibleText.of(cell);
        char first = visible.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@') {
            return "'" + visible;
        }
        return visible;
    }

    @Override
    public synchronized void flush() throws IOException {
        printer.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        printer.close(true);
    }
}
