package org.otmilestones.core;

/**
 * The questions about the child that every generated form asks before the checklist, with the variable
 * name and labels the import recognises without a mapping. The child's id is the tool's own record id
 * (REDCap's record_id, KoBo's _uuid) unless the form asks for one.
 */
public enum FormField {
    /** The clinic's id for the child. */
    CHILD_ID("child_id", "Child ID", "ID del niño o la niña"),
    /** The child's name (printed on the handout only). */
    CHILD_NAME("child_name", "Child's name", "Nombre del niño o la niña"),
    /** The child's date of birth. */
    DATE_OF_BIRTH("child_dob", "Date of birth", "Fecha de nacimiento"),
    /** Weeks of pregnancy at birth, for a baby born early. */
    WEEKS_AT_BIRTH("weeks_at_birth", "Weeks at birth", "Semanas al nacer"),
    /** The day the checklist was filled in. */
    ASSESSMENT_DATE("assessment_date", "Assessment date", "Fecha de evaluación"),
    /** Who filled in the checklist. */
    COMPLETED_BY("completed_by", "Completed by", "Completado por");

    private final String variableName;
    private final String english;
    private final String spanish;

    FormField(String variableName, String english, String spanish) {
        this.variableName = variableName;
        this.english = english;
        this.spanish = spanish;
    }

    /** The variable name in REDCap and XLSForm, and the FHIR linkId. */
    public String variableName() {
        return variableName;
    }

    /** The label in a language: English, or Spanish for {@code es}. */
    public String label(String language) {
        return "es".equals(language) ? spanish : english;
    }
}
