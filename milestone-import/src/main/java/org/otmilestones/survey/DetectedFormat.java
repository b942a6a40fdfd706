package org.otmilestones.survey;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * What the importer found out about a file's layout, so staff can see it and override it when it is wrong.
 *
 * @param charset the character set the file was read with
 * @param delimiter the character between values
 * @param headerRows how many rows at the top are headers (1; 2 for SurveyMonkey, legacy Qualtrics and KoBo
 *        with HXL tags; 3 for Qualtrics)
 * @param tool the survey tool the file looks like it came from, or {@link SurveyTool#GENERIC}
 * @param columns how many columns the header has (for FHIR input: how many responses the file holds)
 */
public record DetectedFormat(Charset charset, char delimiter, int headerRows, SurveyTool tool, int columns) {

    public DetectedFormat {
        Objects.requireNonNull(charset, "charset");
        if (headerRows < 0) {
            throw new IllegalArgumentException("headerRows must be 0 or more, was " + headerRows);
        }
        Objects.requireNonNull(tool, "tool");
        if (columns < 0) {
            throw new IllegalArgumentException("columns must be 0 or more, was " + columns);
        }
    }

    /** A format whose column count is not known. */
    public DetectedFormat(Charset charset, char delimiter, int headerRows, SurveyTool tool) {
        this(charset, delimiter, headerRows, tool, 0);
    }

    /** One line for staff, such as {@code UTF-8, ';' delimited, 2 header rows, 33 columns (SurveyMonkey)}. */
    public String describe() {
        if (tool == SurveyTool.FHIR) {
            return charset.name() + " JSON, " + columns + (columns == 1 ? " response" : " responses") + " ("
                    + tool.displayName() + ")";
        }
        String shownDelimiter = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
        return charset.name() + ", " + shownDelimiter + " delimited, " + headerRows
                + (headerRows == 1 ? " header row, " : " header rows, ") + columns + " columns (" + tool.displayName() + ")";
    }
}
