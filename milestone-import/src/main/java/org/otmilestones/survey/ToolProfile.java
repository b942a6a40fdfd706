package org.otmilestones.survey;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises which survey tool wrote an export, and so how many of its first rows are headers, from the
 * signatures in the project's survey-format notes.
 *
 * @param tool the tool, or {@link SurveyTool#GENERIC}
 * @param headerRows how many rows are headers
 */
record ToolProfile(SurveyTool tool, int headerRows) {

    /** Looks at the first (up to three) records of a file. */
    static ToolProfile detect(List<List<String>> first) {
        List<String> row1 = first.get(0);
        List<String> row2 = first.size() > 1 ? first.get(1) : List.of();
        List<String> row3 = first.size() > 2 ? first.get(2) : List.of();
        Set<String> keys = row1.stream().map(HeaderText::key).collect(Collectors.toSet());
        String firstCell = row1.isEmpty() ? "" : row1.get(0).strip();

        if (keys.contains("startdate") && keys.contains("enddate") && keys.contains("responseid")) {
            if (row3.stream().anyMatch(c -> c.strip().startsWith("{\"ImportId\""))) {
                return new ToolProfile(SurveyTool.QUALTRICS, 3);
            }
            int responseId = indexOfKey(row1, "responseid");
            boolean row2IsLabels = responseId >= 0 && responseId < row2.size()
                    && !row2.get(responseId).strip().startsWith("R_");
            return new ToolProfile(SurveyTool.QUALTRICS, row2IsLabels ? 2 : 1);
        }
        if (row1.size() >= 3 && row1.get(0).equals("V1") && row1.get(1).equals("V2") && row1.get(2).equals("V3")
                && row2.stream().anyMatch(c -> c.strip().equals("ResponseID"))) {
            return new ToolProfile(SurveyTool.QUALTRICS_LEGACY, 2);
        }
        if (keys.contains("respondentid")) {
            boolean subLabels = row2.stream().map(String::strip)
                    .anyMatch(c -> c.equals("Response") || c.equals("Open-Ended Response"));
            return new ToolProfile(SurveyTool.SURVEYMONKEY, subLabels ? 2 : 1);
        }
        int hxl = isHxlRow(row2) ? 2 : 1;
        if (keys.contains("uuid") && keys.contains("submissiontime")) {
            return new ToolProfile(SurveyTool.KOBOTOOLBOX, hxl);
        }
        if (firstCell.equals("SubmissionDate") && keys.contains("key")) {
            return new ToolProfile(SurveyTool.ODK, hxl);
        }
        if (keys.containsAll(Set.of("id", "submitdate", "lastpage", "startlanguage"))) {
            return new ToolProfile(SurveyTool.LIMESURVEY, hxl);
        }
        if (row1.stream().map(String::strip).anyMatch(h -> h.matches(
                "[a-z][a-z0-9_]*_complete|redcap_(event_name|repeat_instrument|survey_identifier)"))) {
            return new ToolProfile(SurveyTool.REDCAP, hxl);
        }
        if (firstCell.equals("#") || keys.contains("submitdateutc") || keys.contains("networkid")
                || (keys.contains("submittedat") && keys.contains("token"))) {
            return new ToolProfile(SurveyTool.TYPEFORM, hxl);
        }
        if (row1.size() >= 3 && firstCell.equals("ID") && row1.get(1).strip().equals("Start time")
                && row1.get(2).strip().equals("Completion time")) {
            return new ToolProfile(SurveyTool.MICROSOFT_FORMS, hxl);
        }
        if (firstCell.equals("Timestamp") || firstCell.equals("Marca temporal") || firstCell.equals("Marca de tiempo")) {
            return new ToolProfile(SurveyTool.GOOGLE_FORMS, hxl);
        }
        if (firstCell.equals("Submission Date")) {
            return new ToolProfile(SurveyTool.JOTFORM, hxl);
        }
        return new ToolProfile(SurveyTool.GENERIC, hxl);
    }

    /**
     * KoBo's optional second row of HXL hashtags: every filled cell is a tag. Two tags at least, so a data row
     * holding a single "#12" is never taken for a header.
     */
    private static boolean isHxlRow(List<String> row) {
        long filled = row.stream().filter(c -> !c.isBlank()).count();
        return filled > 1 && row.stream().filter(c -> !c.isBlank()).allMatch(c -> c.strip().matches("#[A-Za-z][^\\s]*"));
    }

    private static int indexOfKey(List<String> row, String key) {
        for (int i = 0; i < row.size(); i++) {
            if (HeaderText.key(row.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
