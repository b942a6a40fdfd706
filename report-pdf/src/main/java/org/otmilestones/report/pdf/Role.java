package org.otmilestones.report.pdf;

/** The PDF structure roles the layout uses (ISO 32000-1, 14.8.4), each with its standard name. */
enum Role {
    DOCUMENT("Document"),
    SECT("Sect"),
    DIV("Div"),
    H1("H1"),
    H2("H2"),
    H3("H3"),
    P("P"),
    L("L"),
    LI("LI"),
    LBL("Lbl"),
    LBODY("LBody"),
    TABLE("Table"),
    TR("TR"),
    TH("TH"),
    TD("TD"),
    FIGURE("Figure");

    final String pdfName;

    Role(String pdfName) {
        this.pdfName = pdfName;
    }
}
