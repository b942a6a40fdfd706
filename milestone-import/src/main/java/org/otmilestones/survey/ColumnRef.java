package org.otmilestones.survey;

/**
 * Which column of an export a mapping rule means: by its header text (compared ignoring case, spacing and
 * punctuation, against every header row) or by its 1-based position.
 */
public sealed interface ColumnRef permits ColumnRef.Header, ColumnRef.Index {

    /** The column whose header reads {@code text}. */
    static ColumnRef header(String text) {
        return new Header(text);
    }

    /** The column at this 1-based position. */
    static ColumnRef index(int number) {
        return new Index(number);
    }

    /**
     * A column named by its header text.
     *
     * @param text the header as the export writes it
     */
    record Header(String text) implements ColumnRef {
        public Header {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("text must not be blank");
            }
        }

        @Override
        public String toString() {
            return "header '" + text + "'";
        }
    }

    /**
     * A column named by its position.
     *
     * @param number 1 for the first column
     */
    record Index(int number) implements ColumnRef {
        public Index {
            if (number < 1) {
                throw new IllegalArgumentException("number must be 1 or more, was " + number);
            }
        }

        @Override
        public String toString() {
            return "column " + number;
        }
    }
}
