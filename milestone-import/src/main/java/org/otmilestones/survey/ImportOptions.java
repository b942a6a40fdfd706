package org.otmilestones.survey;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read one export: anything left empty is detected from the file.
 *
 * @param encoding the file's character set; wins over a byte order mark and over detection
 * @param delimiter the character between values; wins over detection
 * @param dateOrder how to read dates like 03/04/2021; wins over the mapping's; without either such dates are errors
 * @param mapping explicit column rules and answer spellings; {@link ColumnMapping#NONE} for automatic only
 * @param today the date the import treats as today: no birth date may be later, and rows without any
 *        assessment date are assessed on it
 */
public record ImportOptions(Optional<Charset> encoding, Optional<Character> delimiter, Optional<DateOrder> dateOrder,
        ColumnMapping mapping, LocalDate today) {

    public ImportOptions {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(delimiter, "delimiter");
        delimiter.ifPresent(ImportOptions::requireUsableDelimiter);
        Objects.requireNonNull(dateOrder, "dateOrder");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(today, "today");
    }

    /** Detect everything, map automatically. */
    public static ImportOptions defaults(LocalDate today) {
        return new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), ColumnMapping.NONE, today);
    }

    /** These options with a fixed character set. */
    public ImportOptions withEncoding(Charset charset) {
        return new ImportOptions(Optional.of(Objects.requireNonNull(charset, "charset")), delimiter, dateOrder, mapping, today);
    }

    /** These options with a fixed delimiter. */
    public ImportOptions withDelimiter(char value) {
        return new ImportOptions(encoding, Optional.of(value), dateOrder, mapping, today);
    }

    /** These options with a date order. */
    public ImportOptions withDateOrder(DateOrder order) {
        return new ImportOptions(encoding, delimiter, Optional.of(Objects.requireNonNull(order, "order")), mapping, today);
    }

    /** These options with a column mapping. */
    public ImportOptions withMapping(ColumnMapping value) {
        return new ImportOptions(encoding, delimiter, dateOrder, value, today);
    }

    /** The date order in force: this option, else the mapping's. */
    public Optional<DateOrder> effectiveDateOrder() {
        return dateOrder.or(mapping::dateOrder);
    }

    /** True when {@code c} can separate values: not a quote, a line break, a letter or a digit. */
    public static boolean canSeparateValues(char c) {
        return !(c == '"' || c == '\r' || c == '\n' || Character.isLetterOrDigit(c));
    }

    private static void requireUsableDelimiter(char c) {
        if (!canSeparateValues(c)) {
            throw new IllegalArgumentException("delimiter must not be a quote, a line break, a letter or a digit, was '"
                    + c + "'");
        }
    }
}
