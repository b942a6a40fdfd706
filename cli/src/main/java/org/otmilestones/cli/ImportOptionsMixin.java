package org.otmilestones.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.otmilestones.core.VisibleText;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.OtmException;
import org.otmilestones.survey.fhir.FhirResponses;
import org.otmilestones.survey.ColumnMapping;
import org.otmilestones.survey.DateOrder;
import org.otmilestones.survey.ImportOptions;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.ImportedRow;
import org.otmilestones.survey.RowError;
import org.otmilestones.survey.RowHandler;
import org.otmilestones.survey.SurveyImports;
import org.otmilestones.survey.ColumnMappings;
import picocli.CommandLine.Option;

/** The options that say how to read a survey export, shared by {@code report} and {@code score}. */
final class ImportOptionsMixin {

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A mapping file (JSON) for columns the automatic matching does not recognise.")
    Path mapping;

    @Option(names = "--redcap-dictionary", paramLabel = "FILE",
            description = "A REDCap data dictionary (CSV), to read REDCap's raw answer codes.")
    Path redcapDictionary;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "The file's character set, such as UTF-8 or windows-1252. Default: detected.")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "The character between values: comma, semicolon, tab, or the character itself. Default: detected.")
    String delimiter;

    @Option(names = "--date-order", paramLabel = "MDY|DMY",
            description = "How to read dates like 03/04/2021: MDY (US) or DMY. Without it such dates are errors.")
    DateOrder dateOrder;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", hidden = true,
            description = "The date to treat as today (for tests and re-runs).")
    LocalDate today;

    /**
     * Reads the export, handing each row to {@code handler} as it is read; {@code -} and {@code /dev/stdin}
     * read {@code stdin}.
     */
    ImportResult read(Path input, Catalog catalog, RowHandler handler, InputStream stdin)
            throws UserException, OtmException {
        boolean standardInput = Inputs.isStandardInput(input);
        if (!standardInput) {
            Inputs.requireFile(input, "the answers file", "give a file, or - to read standard input");
        }
        ImportOptions options = ImportOptions.defaults(today == null ? LocalDate.now() : today)
                .withMapping(mapping(catalog));
        if (encoding != null) {
            options = options.withEncoding(charset());
        }
        if (delimiter != null) {
            options = options.withDelimiter(delimiterChar());
        }
        if (dateOrder != null) {
            options = options.withDateOrder(dateOrder);
        }
        if (standardInput) {
            String name = input.toString().equals("-") ? Inputs.STANDARD_INPUT : input.toString();
            return SurveyImports.read(stdin, name, catalog, options, handler);
        }
        if (FhirResponses.looksLikeFhir(input)) {
            return replay(FhirResponses.read(input, catalog, options), handler);
        }
        return SurveyImports.read(input, catalog, options, handler);
    }

    /**
     * Hands an import that was read whole (FHIR responses) to the handler as if it had been streamed: its
     * head first, then each row or failed row in line order, a row's errors together.
     */
    private static ImportResult replay(ImportResult imported, RowHandler handler) {
        ImportResult head = new ImportResult(imported.file(), imported.format(), List.of(), List.of(),
                imported.unmappedColumns(), imported.questionIdsFound(), imported.warnings(), imported.skippedRows(),
                imported.columns());
        handler.started(head);
        Map<Integer, List<RowError>> errors = new TreeMap<>();
        imported.errors().forEach(e -> errors.computeIfAbsent(e.line(), l -> new ArrayList<>()).add(e));
        List<ImportedRow> rows = imported.rows().stream().sorted(Comparator.comparingInt(ImportedRow::line)).toList();
        int next = 0;
        for (Map.Entry<Integer, List<RowError>> failed : errors.entrySet()) {
            while (next < rows.size() && rows.get(next).line() < failed.getKey()) {
                handler.row(rows.get(next++));
            }
            handler.failed(failed.getKey(), failed.getValue());
        }
        while (next < rows.size()) {
            handler.row(rows.get(next++));
        }
        return head;
    }

    /** The files these options read, with the export, so no output replaces one of them. */
    InputFiles inputs(Path input) {
        return InputFiles.of(input, mapping, redcapDictionary);
    }

    private ColumnMapping mapping(Catalog catalog) throws UserException, OtmException {
        if (mapping != null && redcapDictionary != null) {
            throw new UserException(ExitCodes.USAGE, "give --mapping or --redcap-dictionary, not both");
        }
        if (mapping != null) {
            Inputs.requireFile(mapping, "the mapping file");
            return ColumnMappings.load(mapping);
        }
        if (redcapDictionary != null) {
            Inputs.requireFile(redcapDictionary, "the REDCap data dictionary");
            return ColumnMappings.fromRedcapDataDictionary(redcapDictionary, catalog);
        }
        return ColumnMapping.NONE;
    }

    private Charset charset() throws UserException {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UserException(ExitCodes.USAGE, "--encoding " + encoding
                    + ": unknown character set; use one such as UTF-8, UTF-16, windows-1252 or ISO-8859-1");
        }
    }

    /** Checks the options that need no file (the delimiter, the encoding), before anything is made or written. */
    void check() throws UserException {
        if (delimiter != null) {
            delimiterChar();
        }
        if (encoding != null) {
            charset();
        }
    }

    private char delimiterChar() throws UserException {
        switch (delimiter.toLowerCase(Locale.ROOT)) {
            case "comma", ",":
                return ',';
            case "semicolon", ";":
                return ';';
            case "tab", "\\t", "\t":
                return '\t';
            case "pipe", "|":
                return '|';
            default:
                if (delimiter.length() == 1 && ImportOptions.canSeparateValues(delimiter.charAt(0))) {
                    return delimiter.charAt(0);
                }
                if (delimiter.length() == 1) {
                    throw new UserException(ExitCodes.USAGE, "--delimiter '" + VisibleText.of(delimiter) + "': a quote,"
                            + " a letter, a digit or a line break cannot separate values; use comma, semicolon, tab,"
                            + " pipe, or another single character such as :");
                }
                throw new UserException(ExitCodes.USAGE, "--delimiter " + VisibleText.of(delimiter)
                        + ": use comma, semicolon, tab, pipe, or a single character");
        }
    }
}
