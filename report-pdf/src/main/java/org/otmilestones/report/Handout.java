package org.otmilestones.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The whole handout as words and structure, ready to draw: the pure result of
 * {@link Handouts#describe} and {@link Handouts#describeBlankChecklist}.
 *
 * @param language the language code of every word in it
 * @param title the document title viewers show
 * @param subject a one-line subject for the document properties
 * @param date the date the document carries (the assessment date, for repeatable output)
 * @param documentKey a stable key for the document identifier; no names or birth dates
 * @param paper the paper size
 * @param blocks the content, in reading order
 * @param footer what every page's footer says
 */
public record Handout(String language, String title, String subject, LocalDate date, String documentKey,
        Paper paper, List<Block> blocks, Footer footer) {

    public Handout {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(paper, "paper");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(footer, "footer");
    }

    /**
     * The footer of every page.
     *
     * @param left the left part (the child's name)
     * @param right the right part (the clinic's name)
     * @param pagePattern the page label with {0} for the page and {1} for the page count
     * @param language the language, for number formats
     */
    public record Footer(String left, String right, String pagePattern, String language) {
        public Footer {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(pagePattern, "pagePattern");
            Objects.requireNonNull(language, "language");
        }

        /** "Page 2 of 5", in the handout's language. */
        public String pageLabel(int page, int pages) {
            return Messages.fill(pagePattern, page, pages);
        }
    }
}
