package org.otmilestones.survey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.otmilestones.core.Answers;
import org.otmilestones.core.Child;

/**
 * One export row read without problems: a child, the answers to the questions the form asked, and the day
 * the form was filled in.
 *
 * @param line the file line the row starts on (1 = the first line)
 * @param child the child; the id is the child-id column, else the tool's record id, else {@code row-<line>}
 * @param answers the answers, only for questions the form asked
 * @param assessedOn the assessment day
 * @param assessedOnSource where that day came from
 * @param language the handout language the row asked for, as a catalog language code
 */
public record ImportedRow(int line, Child child, Answers answers, LocalDate assessedOn, AssessmentDateSource assessedOnSource,
        Optional<String> language) {

    public ImportedRow {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(assessedOnSource, "assessedOnSource");
        Objects.requireNonNull(language, "language");
    }

    /** Names no name and no birth date, so a row that reaches a log by accident gives nothing away. */
    @Override
    public String toString() {
        return "ImportedRow[line=" + line + ", childId=" + child.id() + ", questions=" + answers.byQuestionId().size()
                + ", assessedOn=" + assessedOn + " (" + assessedOnSource.description() + ")" + language.map(l -> ", language=" + l).orElse("")
                + "]";
    }
}
