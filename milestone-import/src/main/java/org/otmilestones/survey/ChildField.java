package org.otmilestones.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A piece of information about the child or the form that a survey column can hold, other than an answer. */
public enum ChildField {
    /** The clinic's id for the child. */
    CHILD_ID,
    /** The child's name. */
    CHILD_NAME,
    /** The child's date of birth. */
    DATE_OF_BIRTH,
    /** Weeks of pregnancy at birth, for preterm children. */
    WEEKS_AT_BIRTH,
    /** The day the checklist was filled in, as a form question. */
    ASSESSMENT_DATE,
    /** The survey tool's own completion timestamp, used when there is no assessment date. */
    COMPLETED_AT,
    /** The checklist's checkpoint, such as {@code 24m}. */
    CHECKPOINT,
    /** The language the handout should be written in. */
    LANGUAGE,
    /** Who filled in the form. */
    COMPLETED_BY,
    /** Free notes; recognised so they are not reported as unmapped, but not used. */
    NOTES;

    /** The name used in mapping files: the constant in lower case, such as {@code date_of_birth}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field with this mapping-file name, ignoring case. */
    public static Optional<ChildField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equalsIgnoreCase(key == null ? "" : key.strip())).findFirst();
    }

    /** Every mapping-file name, comma-separated, for error messages. */
    public static String keys() {
        return Arrays.stream(values()).map(ChildField::key).collect(Collectors.joining(", "));
    }
}
