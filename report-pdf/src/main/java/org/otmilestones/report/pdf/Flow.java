package org.otmilestones.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The paginator: the pages laid out so far, the free space left on the current page and the
 * current frame (left edge and width, narrowed inside boxes).
 */
final class Flow {

    final Geometry geometry;
    final List<Page> pages = new ArrayList<>();
    Page page;
    /** The top of the free space on the current page. */
    float y;
    float left;
    float width;
    /** True until something is placed on the current page: space above a block is dropped there. */
    boolean fresh;
    /** Inside a kept-together box: page breaks are not allowed. */
    boolean noBreak;

    Flow(Geometry geometry) {
        this.geometry = geometry;
        this.left = geometry.left();
        this.width = geometry.contentWidth();
        newPage();
    }

    void newPage() {
        if (noBreak) {
            throw new IllegalStateException("page break inside a kept-together box");
        }
        page = new Page();
        pages.add(page);
        y = geometry.top();
        fresh = true;
    }

    /** The height left on this page. */
    float room() {
        return y - geometry.bottom();
    }

    /** The height of an empty page's frame. */
    float pageHeight() {
        return geometry.top() - geometry.bottom();
    }

    boolean fits(float height) {
        return noBreak || height <= room() + 0.01f;
    }

    /** Starts a new page unless {@code height} fits here or this page is still empty. */
    void ensure(float height) {
        if (!fits(height) && !fresh) {
            newPage();
        }
    }

    /** Space above a block, dropped at the top of a page. */
    float before(float space) {
        return fresh ? 0f : space;
    }

    void advance(float height) {
        y -= height;
        fresh = false;
    }

    /** Space below a block; it never pushes past the bottom of the frame. */
    void gap(float space) {
        y = Math.max(geometry.bottom(), y - space);
    }
}
