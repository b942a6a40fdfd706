/** OT Milestones handout: what a child's handout holds, and how it is drawn as an accessible PDF. */
module org.otmilestones.report {
    requires transitive org.otmilestones.core;
    // Colours and the logo: java.awt's image and colour types, and javax.imageio to read PNG and JPEG.
    requires java.desktop;
    requires com.github.librepdf.openpdf;
    // The DejaVu fonts embedded in every handout are read from this jar's resources.
    requires net.sf.jasperreports.fonts;

    exports org.otmilestones.report;
    exports org.otmilestones.report.pdf;
}
