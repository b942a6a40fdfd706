package org.otmilestones.survey;

/** The survey tool an export looks like it came from, recognised by the columns each tool writes. */
public enum SurveyTool {
    /** Qualtrics. */
    QUALTRICS("Qualtrics"),
    /** Qualtrics' older export, with V1, V2... as its first header row. */
    QUALTRICS_LEGACY("Qualtrics (legacy)"),
    /** SurveyMonkey. */
    SURVEYMONKEY("SurveyMonkey"),
    /** KoBoToolbox. */
    KOBOTOOLBOX("KoBoToolbox"),
    /** ODK Central and ODK Collect. */
    ODK("ODK"),
    /** LimeSurvey. */
    LIMESURVEY("LimeSurvey"),
    /** REDCap. */
    REDCAP("REDCap"),
    /** Typeform. */
    TYPEFORM("Typeform"),
    /** Microsoft Forms. */
    MICROSOFT_FORMS("Microsoft Forms"),
    /** Google Forms. */
    GOOGLE_FORMS("Google Forms"),
    /** JotForm. */
    JOTFORM("JotForm"),
    /** FHIR QuestionnaireResponses (JSON: one resource, a Bundle or NDJSON), as health records send them. */
    FHIR("FHIR QuestionnaireResponse"),
    /** No tool's signature matched: a plain spreadsheet or a tool not known here. */
    GENERIC("generic");

    private final String displayName;

    SurveyTool(String displayName) {
        this.displayName = displayName;
    }

    /** The tool's own name, as staff know it, such as {@code SurveyMonkey}. */
    public String displayName() {
        return displayName;
    }

    /** True for both kinds of Qualtrics export. */
    boolean isQualtrics() {
        return this == QUALTRICS || this == QUALTRICS_LEGACY;
    }
}
