package org.otmilestones.survey;

/** Where an imported row's assessment day came from, so staff can see when a date was only a guess. */
public enum AssessmentDateSource {
    /** The form's assessment-date column. */
    ASSESSMENT_DATE_COLUMN("assessment date column"),
    /** The survey tool's completion timestamp, because the row had no assessment date. */
    COMPLETION_TIME("completion timestamp"),
    /** The import's today, because the row had neither. */
    TODAY("today");

    private final String description;

    AssessmentDateSource(String description) {
        this.description = description;
    }

    /** A few words for staff, such as {@code completion timestamp}. */
    public String description() {
        return description;
    }
}
