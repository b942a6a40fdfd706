package org.otmilestones.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.otmilestones.report.Handout;
import org.otmilestones.report.Logo;

/**
 * Paints laid-out pages as a tagged PDF/UA-1 document: structure elements from the layout's
 * tree, marked content around every leaf's drawing, artifacts for the rest, and the pinned dates,
 * identifier and subset prefixes that make the bytes repeatable.
 */
final class Painter {

    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName TABLE = new PdfName("Table");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName ROW = new PdfName("Row");
    /** PdfName is immutable: one per role, shared by every document. */
    private static final java.util.EnumMap<Role, PdfName> ROLE_NAMES = new java.util.EnumMap<>(Role.class);

    static {
        for (Role role : Role.values()) {
            ROLE_NAMES.put(role, new PdfName(role.pdfName));
        }
    }

    private Painter() {
    }

    static void paint(Handout handout, Geometry g, Node root, List<Page> pages, Map<Logo, Image> images,
            OutputStream out) throws IOException {
        Document document = new Document(new Rectangle(g.width(), g.height()), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setTagged();
            // Object streams pack the many small structure elements: a third of the file without them.
            writer.setFullCompression();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(handout.language()));
            writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
            document.addTitle(handout.title());
            document.addSubject(handout.subject());
            document.addCreator("OT Milestones");
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.clear();
            calendar.setTimeInMillis(handout.date().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
            byte[] id = md5(handout.documentKey());
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            Face.SubsetPrefixes.restart();
            document.open();
            writer.setXmpMetadata(xmp(writer));

            for (Page page : pages) {
                for (Mark mark : page.marks) {
                    if (!mark.isArtifact() && !mark.ops.isEmpty()) {
                        mark.node.pdfElement = Boolean.TRUE;
                    }
                }
            }
            markUsed(root);
            PdfStructureElement top = new PdfStructureElement(writer.getStructureTreeRoot(), ROLE_NAMES.get(root.role));
            root.pdfElement = top;
            createElements(root, top);

            PdfContentByte cb = writer.getDirectContent();
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                for (Mark mark : pages.get(i).marks) {
                    if (mark.ops.isEmpty()) {
                        continue;
                    }
                    if (mark.isArtifact()) {
                        cb.beginMarkedContentSequence(ARTIFACT);
                    } else {
                        cb.beginMarkedContentSequence((PdfStructureElement) mark.node.pdfElement);
                    }
                    paintOps(cb, mark.ops, images);
                    cb.endMarkedContentSequence();
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("OpenPDF could not write the handout: " + e.getMessage(), e);
        }
    }

    private static byte[] xmp(PdfWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), PdfWriter.PDFXNONE);
        xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
                "<pdfuaid:part>1</pdfuaid:part>");
        xmp.close();
        return bytes.toByteArray();
    }

    private static byte[] md5(String key) {
        try {
            return MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }

    /** Marks which nodes have content below them: empty elements are left out of the tree. */
    private static boolean markUsed(Node node) {
        boolean used = node.pdfElement == Boolean.TRUE || node.keep;
        for (Node child : node.children) {
            used |= markUsed(child);
        }
        node.pdfElement = used ? Boolean.TRUE : null;
        return used;
    }

    private static void createElements(Node node, PdfStructureElement element) {
        for (Node child : node.children) {
            if (child.pdfElement == null) {
                continue;
            }
            PdfStructureElement e = new PdfStructureElement(element, ROLE_NAMES.get(child.role));
            if (child.alt != null) {
                e.put(PdfName.ALT, new PdfString(child.alt, PdfObject.TEXT_UNICODE));
            }
            if (child.scope != Node.Scope.NONE) {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, TABLE);
                attributes.put(SCOPE, child.scope == Node.Scope.COLUMN ? COLUMN : ROW);
                e.put(PdfName.A, attributes);
            }
            child.pdfElement = e;
            createElements(child, e);
        }
    }

    private static void paintOps(PdfContentByte cb, List<Op> ops, Map<Logo, Image> images) throws DocumentException {
        boolean inText = false;
        Face face = null;
        float size = 0f;
        Color color = null;
        for (Op op : ops) {
            if (op instanceof Op.Show s) {
                if (!inText) {
                    cb.beginText();
                    inText = true;
                    face = null;
                    color = null;
                }
                if (s.face() != face || s.size() != size) {
                    cb.setFontAndSize(s.face().font(), s.size());
                    face = s.face();
                    size = s.size();
                }
                if (!s.color().equals(color)) {
                    cb.setColorFill(s.color());
                    color = s.color();
                }
                cb.setTextMatrix(s.x(), s.y());
                cb.showText(s.text());
                continue;
            }
            if (inText) {
                cb.endText();
                inText = false;
            }
            if (op instanceof Op.Box b) {
                if (b.fill() != null) {
                    cb.setColorFill(b.fill());
                }
                if (b.stroke() != null) {
                    cb.setColorStroke(b.stroke());
                    cb.setLineWidth(b.lineWidth());
                }
                if (b.radius() > 0f) {
                    cb.roundRectangle(b.x(), b.y(), b.w(), b.h(), b.radius());
                } else {
                    cb.rectangle(b.x(), b.y(), b.w(), b.h());
                }
                if (b.fill() != null && b.stroke() != null) {
                    cb.fillStroke();
                } else if (b.fill() != null) {
                    cb.fill();
                } else {
                    cb.stroke();
                }
            } else if (op instanceof Op.Rule r) {
                cb.setColorStroke(r.color());
                cb.setLineWidth(r.width());
                cb.moveTo(r.x1(), r.y1());
                cb.lineTo(r.x2(), r.y2());
                cb.stroke();
            } else if (op instanceof Op.Polygon g) {
                if (g.fill() != null) {
                    cb.setColorFill(g.fill());
                }
                if (g.stroke() != null) {
                    cb.setColorStroke(g.stroke());
                    cb.setLineWidth(g.lineWidth());
                }
                cb.moveTo(g.xs()[0], g.ys()[0]);
                for (int k = 1; k < g.xs().length; k++) {
                    cb.lineTo(g.xs()[k], g.ys()[k]);
                }
                cb.closePath();
                if (g.fill() != null && g.stroke() != null) {
                    cb.fillStroke();
                } else if (g.fill() != null) {
                    cb.fill();
                } else {
                    cb.stroke();
                }
            } else if (op instanceof Op.Dashed d) {
                cb.saveState();
                cb.setColorStroke(d.color());
                cb.setLineWidth(d.width());
                cb.setLineDash(d.dash(), d.gap(), 0f);
                cb.moveTo(d.x1(), d.y1());
                cb.lineTo(d.x2(), d.y2());
                cb.stroke();
                cb.restoreState();
            } else if (op instanceof Op.Picture p) {
                cb.addImage(images.get(p.logo()), p.w(), 0, 0, p.h(), p.x(), p.y());
            }
        }
        if (inText) {
            cb.endText();
        }
    }

}
