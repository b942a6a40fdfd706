/** OT Milestones readability: plain-language measures and the reading-level gate for parents' texts. */
module org.otmilestones.readability {
    requires transitive org.otmilestones.core;

    exports org.otmilestones.readability;
}
