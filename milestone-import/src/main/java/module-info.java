/** OT Milestones import: survey-tool CSV exports and FHIR QuestionnaireResponses read into children and answers. */
module org.otmilestones.survey {
    requires transitive org.otmilestones.core;
    requires tools.jackson.databind;
    requires org.apache.commons.csv;

    exports org.otmilestones.survey;
    exports org.otmilestones.survey.fhir;

    // Jackson reads a mapping file into the survey package's private record.
    opens org.otmilestones.survey to tools.jackson.databind;
}
