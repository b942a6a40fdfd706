/** OT Milestones forms: the checklist for a clinic's own tool, and the FHIR Questionnaire and result Bundle. */
module org.otmilestones.forms {
    requires transitive org.otmilestones.core;
    requires tools.jackson.databind;
    requires org.apache.commons.csv;
    requires org.dhatim.fastexcel;

    exports org.otmilestones.forms;
    exports org.otmilestones.forms.fhir;
}
