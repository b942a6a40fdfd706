package org.otmilestones.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column's headers, from every header row, resolved by position: Commons CSV's lookup by name would
 * return the last of several equal headers, and exports have many (SurveyMonkey, Typeform).
 *
 * @param index the 0-based column index
 * @param texts the texts to match: each header row's cell, SurveyMonkey's question text carried over its
 *        blank continuation cells left out, Qualtrics' ImportId JSON reduced to the id
 * @param display how staff see it in messages
 * @param primary the text a tool-metadata or record-id check looks at (the tool's own column name)
 */
record ColumnHeader(int index, List<String> texts, String display, String primary) {

    private static final Pattern IMPORT_ID = Pattern.compile("^\\{\\s*\"ImportId\"\\s*:\\s*\"([^\"]*)\".*}$");

    ColumnHeader {
        texts = List.copyOf(texts);
    }

    /** The 1-based column number staff see. */
    int number() {
        return index + 1;
    }

    boolean isBlank() {
        return texts.stream().allMatch(String::isBlank);
    }

    /** Builds every column's header from the header rows of a file written by this tool. */
    static List<ColumnHeader> of(List<List<String>> headerRows, SurveyTool tool) {
        int columns = headerRows.get(0).size();
        List<ColumnHeader> headers = new ArrayList<>(columns);
        String carried = "";
        for (int i = 0; i < columns; i++) {
            List<String> cells = new ArrayList<>();
            for (List<String> row : headerRows) {
                cells.add(i < row.size() ? row.get(i).strip() : "");
            }
            String first = cells.get(0);
            Set<String> texts = new LinkedHashSet<>();
            List<String> shown = new ArrayList<>();
            String primary = first;
            if (tool == SurveyTool.SURVEYMONKEY && cells.size() > 1) {
                String label = cells.get(1);
                boolean marker = label.equals("Response") || label.equals("Open-Ended Response") || label.isEmpty();
                if (!first.isEmpty()) {
                    carried = first;
                    texts.add(first);
                }
                if (!marker) {
                    texts.add(label);
                }
                shown.add(carried);
                if (!marker) {
                    shown.add(label);
                }
            } else if (tool == SurveyTool.QUALTRICS_LEGACY && cells.size() > 1) {
                // Row 1 holds V1..V10 for the metadata, whose names are in row 2.
                primary = first.matches("V\\d{1,2}") ? cells.get(1) : first;
                texts.addAll(cells);
                shown.addAll(cells);
            } else {
                for (int row = 0; row < cells.size(); row++) {
                    String cell = cells.get(row);
                    Matcher importId = IMPORT_ID.matcher(cell);
                    if (importId.matches()) {
                        texts.add(importId.group(1));
                    } else if (cell.startsWith("#") && row > 0) {
                        texts.add(cell.substring(1));
                    } else {
                        texts.add(cell);
                        shown.add(cell);
                    }
                }
            }
            texts.remove("");
            String display = String.join(" / ", new LinkedHashSet<>(shown.stream().filter(s -> !s.isEmpty()).toList()));
            headers.add(new ColumnHeader(i, List.copyOf(texts), HeaderText.display(display), primary));
        }
        return headers;
    }
}
