package org.otmilestones.survey;

import java.util.Objects;

/** What a survey column holds: a child field, the answer to a catalog question, or nothing we use. */
public sealed interface ColumnTarget permits ColumnTarget.Field, ColumnTarget.Question, ColumnTarget.Ignore {

    /** A column holding a child field. */
    static ColumnTarget field(ChildField field) {
        return new Field(field);
    }

    /** A column holding the answer to a milestone or general question. */
    static ColumnTarget question(String questionId) {
        return new Question(questionId);
    }

    /** A column to leave alone, and not to report as unmapped. */
    static ColumnTarget ignore() {
        return Ignore.INSTANCE;
    }

    /**
     * The column holds a child field.
     *
     * @param field the field
     */
    record Field(ChildField field) implements ColumnTarget {
        public Field {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String toString() {
            return field.key();
        }
    }

    /**
     * The column holds answers to one catalog question.
     *
     * @param questionId a milestone or general-question id
     */
    record Question(String questionId) implements ColumnTarget {
        public Question {
            if (questionId == null || questionId.isBlank() || !questionId.equals(questionId.strip())) {
                throw new IllegalArgumentException("questionId must not be blank or padded: '" + questionId + "'");
            }
        }

        @Override
        public String toString() {
            return questionId;
        }
    }

    /** The column is not used. */
    record Ignore() implements ColumnTarget {
        static final Ignore INSTANCE = new Ignore();

        @Override
        public String toString() {
            return "ignored";
        }
    }
}
