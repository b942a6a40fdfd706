package org.otmilestones.survey.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.otmilestones.survey.ImportException;

/** The lines of a UTF-8 file (NDJSON), each at most {@link FhirResponses#MAX_LINE_CHARS} characters kept. */
final class Lines implements AutoCloseable {

    /** One line: its 1-based number, its text, and whether it was cut. */
    record Line(int number, String text, boolean tooLong) {
    }

    private final Reader reader;
    private final String file;
    private int number;
    private boolean ended;

    Lines(InputStream in, String file) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), 64 * 1024);
        this.file = file;
    }

    Line next() throws ImportException {
        if (ended) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        try {
            int c;
            while ((c = reader.read()) != -1 && c != '\n') {
                if (text.length() < FhirResponses.MAX_LINE_CHARS) {
                    text.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (c == -1) {
                ended = true;
                if (text.length() == 0) {
                    return null;
                }
            }
        } catch (CharacterCodingException e) {
            throw new ImportException(file, "is not UTF-8 text (line " + (number + 1) + ")",
                    "FHIR JSON is always UTF-8: export the responses again");
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file is not locked by another program and try again");
        }
        number++;
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            text.setLength(end - 1);
        }
        return new Line(number, text.toString(), tooLong);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of a file read to its end loses nothing.
        }
    }
}
