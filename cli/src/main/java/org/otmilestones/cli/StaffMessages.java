package org.otmilestones.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.otmilestones.survey.ChildField;
import org.otmilestones.survey.ColumnInfo;
import org.otmilestones.survey.ColumnTarget;
import org.otmilestones.survey.ImportResult;
import org.otmilestones.survey.RowError;

/**
 * Words a row error for the terminal: {@code file:line:column: problem (value, column); fix}, with the
 * value of a name or birth-date cell left out, because terminal output ends up in logs.
 */
final class StaffMessages {

    private static final Set<ChildField> PERSONAL = EnumSet.of(ChildField.CHILD_NAME, ChildField.DATE_OF_BIRTH,
            ChildField.COMPLETED_BY, ChildField.NOTES);

    private final Set<Integer> personalColumns;

    private StaffMessages(Set<Integer> personalColumns) {
        this.personalColumns = personalColumns;
    }

    static StaffMessages of(ImportResult imported) {
        return new StaffMessages(imported.columns().stream()
                .filter(c -> c.target() instanceof ColumnTarget.Field field && PERSONAL.contains(field.field()))
                .map(ColumnInfo::column)
                .collect(Collectors.toSet()));
    }

    String describe(RowError error) {
        StringBuilder text = new StringBuilder(error.file()).append(':').append(error.line());
        error.column().ifPresent(c -> text.append(':').append(c));
        text.append(": ").append(error.problem());
        boolean personal = error.column().isPresent() && personalColumns.contains(error.column().getAsInt());
        if (error.value().isPresent() || error.header().isPresent()) {
            text.append(" (");
            if (error.value().isPresent()) {
                text.append(personal ? "value not shown: personal data" : "value '" + error.value().get() + "'");
            }
            error.header().ifPresent(h -> text.append(error.value().isPresent() ? " in " : "").append("column '")
                    .append(h).append('\''));
            text.append(')');
        }
        return text.append("; ").append(error.fix()).toString();
    }
}
