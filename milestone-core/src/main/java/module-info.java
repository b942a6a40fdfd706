/**
 * The OT Milestones core: the domain records, the bundled milestone catalog, scoring and the result formats.
 * The internal package is shared with the import and forms modules only and is not API.
 */
module org.otmilestones.core {
    requires tools.jackson.databind;
    requires org.apache.commons.csv;

    exports org.otmilestones.core;
    exports org.otmilestones.core.catalog;
    exports org.otmilestones.core.scoring;
    exports org.otmilestones.core.results;
    exports org.otmilestones.core.internal to org.otmilestones.survey, org.otmilestones.forms;

    // Jackson reads the catalog file into the catalog package's private records.
    opens org.otmilestones.core.catalog to tools.jackson.databind;
}
