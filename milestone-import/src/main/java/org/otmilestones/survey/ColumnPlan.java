package org.otmilestones.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;

/**
 * Decides, once per file, what every column holds: the mapping's rules first, then catalog questions, child
 * fields, the tool's record id and its metadata. A mapped header that matches several columns, or two
 * columns with the same header for one question or field, is an error naming every candidate; columns with
 * different headers for one question (an English and a Spanish version of a form) are read together.
 */
final class ColumnPlan {

    private final List<ColumnHeader> headers;
    private final Map<ChildField, List<Integer>> fieldColumns = new EnumMap<>(ChildField.class);
    private final Map<String, List<Integer>> questionColumns = new LinkedHashMap<>();
    private final Map<Integer, AnswerSpellings> spellings = new LinkedHashMap<>();
    private final List<ColumnInfo> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> missingOptional = new ArrayList<>();
    private OptionalInt statusColumn = OptionalInt.empty();
    private OptionalInt finishedColumn = OptionalInt.empty();

    private ColumnPlan(List<ColumnHeader> headers) {
        this.headers = List.copyOf(headers);
    }

    /** One column's decision while the plan is made. */
    private static final class Decision {
        ColumnTarget target;
        ColumnInfo.MatchedBy by;
        String key = "";
        int rank;
        Map<String, Answer> answers = Map.of();
    }

    static ColumnPlan resolve(List<ColumnHeader> headers, SurveyTool tool, Catalog catalog, ColumnMapping mapping,
            String file) throws ImportException {
        ColumnPlan plan = new ColumnPlan(headers);
        QuestionIndex index = new QuestionIndex(catalog);
        Decision[] decisions = new Decision[headers.size()];
        Set<ColumnTarget> mappedTargets = new HashSet<>();
        for (ColumnRule rule : mapping.columns()) {
            plan.applyRule(rule, decisions, index, catalog, file);
        }
        if (!plan.missingOptional.isEmpty()) {
            int shown = Math.min(plan.missingOptional.size(), 10);
            plan.warnings.add(plan.missingOptional.size() + (plan.missingOptional.size() == 1
                    ? " optional mapping rule matches no column and was skipped: "
                    : " optional mapping rules match no column and were skipped: ")
                    + String.join(", ", plan.missingOptional.subList(0, shown))
                    + (plan.missingOptional.size() > shown ? " and " + (plan.missingOptional.size() - shown) + " more" : ""));
        }
        for (Decision d : decisions) {
            if (d != null) {
                mappedTargets.add(d.target);
            }
        }
        List<Integer> recordIdCandidates = new ArrayList<>();
        for (ColumnHeader header : headers) {
            if (decisions[header.index()] == null) {
                decisions[header.index()] = plan.decideAutomatically(header, tool, index, mappedTargets,
                        recordIdCandidates);
            }
        }
        plan.settleDuplicates(decisions, file);
        plan.chooseRecordId(decisions, recordIdCandidates, tool);
        plan.record(decisions, mapping.answers(), tool);
        return plan;
    }

    private void applyRule(ColumnRule rule, Decision[] decisions, QuestionIndex index, Catalog catalog, String file)
            throws ImportException {
        ColumnTarget target = rule.target();
        boolean retired = false;
        if (target instanceof ColumnTarget.Question q && catalog.isRetired(q.questionId())) {
            retired = true;
            target = ColumnTarget.ignore();
        } else if (target instanceof ColumnTarget.Question q) {
            Optional<String> current = index.current(q.questionId());
            if (current.isEmpty()) {
                throw new ImportException(file, "the mapping maps " + rule.column() + " to '" + q.questionId()
                        + "', which is not a question in catalog " + catalog.id() + " " + catalog.version(),
                        "use a milestone or general-question id from the catalog");
            }
            // A mapping written for an older catalog may name a moved milestone by its former id.
            target = ColumnTarget.question(current.get());
        }
        List<Integer> matches = new ArrayList<>();
        if (rule.column() instanceof ColumnRef.Index at) {
            if (at.number() <= headers.size()) {
                matches.add(at.number() - 1);
            }
        } else {
            String key = HeaderText.key(((ColumnRef.Header) rule.column()).text());
            for (ColumnHeader header : headers) {
                if (header.texts().stream().anyMatch(t -> HeaderText.key(t).equals(key))) {
                    matches.add(header.index());
                }
            }
        }
        if (matches.isEmpty()) {
            String problem = "the mapping's " + rule.column() + " matches no column of the file ("
                    + headers.size() + " columns)" + nearest(rule.column());
            if (rule.presence() == ColumnRule.Presence.REQUIRED) {
                throw new ImportException(file, problem,
                        "correct the rule in the mapping, or mark it \"optional\": true if some exports lack it");
            }
            missingOptional.add(rule.column().toString());
            return;
        }
        if (matches.size() > 1) {
            throw new ImportException(file, "the mapping's " + rule.column() + " is ambiguous: it matches "
                    + describe(matches), "name one of them by position in the mapping, for example {\"column\": "
                    + (matches.get(0) + 1) + "}");
        }
        int column = matches.get(0);
        if (decisions[column] != null) {
            throw new ImportException(file, "two rules of the mapping name column " + (column + 1) + " '"
                    + headers.get(column).display() + "'", "keep one rule for each column");
        }
        Decision d = new Decision();
        d.target = target;
        d.by = ColumnInfo.MatchedBy.MAPPING;
        if (retired) {
            d.by = ColumnInfo.MatchedBy.RETIRED_QUESTION;
            warnings.add(noLongerAsked(headers.get(column), ((ColumnTarget.Question) rule.target()).questionId()));
        }
        d.answers = rule.answers();
        decisions[column] = d;
    }

    /** Once per column: an old export's question that this catalog dropped is no row's error. */
    private static String noLongerAsked(ColumnHeader header, String retiredId) {
        return "column " + header.number() + " '" + header.display() + "' is question '" + retiredId
                + "', which this catalog no longer asks; it was not used";
    }

    private Decision decideAutomatically(ColumnHeader header, SurveyTool tool, QuestionIndex index,
            Set<ColumnTarget> mappedTargets, List<Integer> recordIdCandidates) {
        Decision d = new Decision();
        d.target = ColumnTarget.ignore();
        d.by = ColumnInfo.MatchedBy.NOT_MAPPED;
        if (header.isBlank()) {
            return d;
        }
        Optional<QuestionIndex.Match> question = index.find(header.texts());
        if (question.isPresent()) {
            ColumnTarget target = ColumnTarget.question(question.get().questionId());
            if (mappedTargets.contains(target)) {
                warnings.add("column " + header.number() + " '" + header.display() + "' also looks like question "
                        + target + ", which the mapping gives another column; this column was not used");
                d.by = ColumnInfo.MatchedBy.TOOL_METADATA;
                return d;
            }
            d.target = target;
            d.by = question.get().byId() ? ColumnInfo.MatchedBy.QUESTION_ID : ColumnInfo.MatchedBy.QUESTION_TEXT;
            d.key = question.get().key();
            d.answers = question.get().codes();
            return d;
        }
        Optional<String> retired = index.retired(header.texts());
        if (retired.isPresent()) {
            d.by = ColumnInfo.MatchedBy.RETIRED_QUESTION;
            warnings.add(noLongerAsked(header, retired.get()));
            return d;
        }
        for (String text : header.texts()) {
            Optional<ChildField> field = HeaderVocabulary.field(text);
            if (field.isPresent()) {
                ColumnTarget target = ColumnTarget.field(field.get());
                if (mappedTargets.contains(target)) {
                    d.by = ColumnInfo.MatchedBy.TOOL_METADATA;
                    if (field.get() != ChildField.COMPLETED_AT) {
                        warnings.add("column " + header.number() + " '" + header.display() + "' also looks like "
                                + field.get().key() + ", which the mapping gives another column; this column was not used");
                    }
                    return d;
                }
                d.target = target;
                d.by = ColumnInfo.MatchedBy.FIELD_HEADER;
                d.key = HeaderText.key(text);
                d.rank = field.get() == ChildField.COMPLETED_AT ? HeaderVocabulary.completedAtRank(text) : 0;
                return d;
            }
        }
        OptionalInt recordIdRank = HeaderVocabulary.recordIdRank(header.primary());
        if (recordIdRank.isPresent() || (tool == SurveyTool.REDCAP && header.index() == 0)) {
            recordIdCandidates.add(header.index());
            d.by = ColumnInfo.MatchedBy.TOOL_METADATA;
            d.rank = tool == SurveyTool.REDCAP && header.index() == 0 ? -1 : recordIdRank.orElse(0);
            return d;
        }
        if (HeaderVocabulary.isMetadata(header.primary(), tool)) {
            d.by = ColumnInfo.MatchedBy.TOOL_METADATA;
        }
        return d;
    }

    private void settleDuplicates(Decision[] decisions, String file) throws ImportException {
        Map<ColumnTarget, List<Integer>> byTarget = new LinkedHashMap<>();
        for (int i = 0; i < decisions.length; i++) {
            Decision d = decisions[i];
            if (d.by == ColumnInfo.MatchedBy.QUESTION_ID || d.by == ColumnInfo.MatchedBy.QUESTION_TEXT
                    || d.by == ColumnInfo.MatchedBy.FIELD_HEADER) {
                byTarget.computeIfAbsent(d.target, t -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<ColumnTarget, List<Integer>> entry : byTarget.entrySet()) {
            List<Integer> columns = entry.getValue();
            ColumnTarget target = entry.getKey();
            boolean lenient = target.equals(ColumnTarget.field(ChildField.COMPLETED_AT))
                    || target.equals(ColumnTarget.field(ChildField.NOTES));
            if (columns.size() < 2 || lenient) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            boolean sameHeader = columns.stream().anyMatch(c -> !keys.add(decisions[c].key));
            if (sameHeader) {
                throw new ImportException(file, "the header for " + target + " is ambiguous: " + describe(columns),
                        "rename all but one of these columns, or name one by position in a mapping file, for example "
                                + "{\"column\": " + (columns.get(0) + 1) + ", \"" + (target instanceof ColumnTarget.Field
                                        ? "field\": \"" : "question\": \"") + target + "\"}");
            }
            warnings.add(target + " is read from " + describe(columns)
                    + "; a row may fill in only one of them (for example an English and a Spanish version)");
        }
    }

    private void chooseRecordId(Decision[] decisions, List<Integer> candidates, SurveyTool tool) {
        boolean hasChildId = false;
        for (Decision d : decisions) {
            hasChildId |= d.target.equals(ColumnTarget.field(ChildField.CHILD_ID));
        }
        if (hasChildId || candidates.isEmpty()) {
            return;
        }
        int best = candidates.stream().min(Comparator.comparingInt((Integer c) -> decisions[c].rank)).orElseThrow();
        decisions[best].target = ColumnTarget.field(ChildField.CHILD_ID);
        decisions[best].by = ColumnInfo.MatchedBy.TOOL_RECORD_ID;
    }

    private void record(Decision[] decisions, Map<String, Answer> mappingAnswers, SurveyTool tool) {
        Map<ChildField, List<Integer>> fields = new EnumMap<>(ChildField.class);
        for (int i = 0; i < decisions.length; i++) {
            Decision d = decisions[i];
            ColumnHeader header = headers.get(i);
            infos.add(new ColumnInfo(header.number(), header.display(), d.target, d.by));
            if (d.target instanceof ColumnTarget.Question q) {
                questionColumns.computeIfAbsent(q.questionId(), k -> new ArrayList<>()).add(i);
                spellings.put(i, new AnswerSpellings(d.answers, mappingAnswers));
            } else if (d.target instanceof ColumnTarget.Field f) {
                fields.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(i);
            }
            if (tool.isQualtrics()) {
                String key = HeaderText.key(header.primary());
                if (key.equals("status")) {
                    statusColumn = OptionalInt.of(i);
                } else if (key.equals("finished")) {
                    finishedColumn = OptionalInt.of(i);
                }
            }
        }
        fields.forEach((field, columns) -> {
            List<Integer> ordered = new ArrayList<>(columns);
            // Mapped columns first, then better-ranked timestamps: a row uses the first that holds a value.
            ordered.sort(Comparator.comparingInt((Integer c) -> decisions[c].by == ColumnInfo.MatchedBy.MAPPING ? 0 : 1)
                    .thenComparingInt(c -> decisions[c].rank));
            fieldColumns.put(field, List.copyOf(ordered));
        });
    }

    private String describe(List<Integer> columns) {
        return columns.stream().map(c -> "column " + (c + 1) + " '" + headers.get(c).display() + "'")
                .collect(Collectors.joining(", "));
    }

    private String nearest(ColumnRef ref) {
        if (!(ref instanceof ColumnRef.Header h)) {
            return "";
        }
        String wanted = HeaderText.key(h.text());
        List<ColumnHeader> close = headers.stream().filter(c -> !c.isBlank())
                .sorted(Comparator.comparingDouble(c -> Distance.relative(wanted, HeaderText.key(c.display()))))
                .limit(3).toList();
        if (close.isEmpty()) {
            return "";
        }
        return "; the closest headers are " + close.stream().map(c -> "'" + c.display() + "' (column " + c.number() + ")")
                .collect(Collectors.joining(", "));
    }

    List<ColumnHeader> headers() {
        return headers;
    }

    /** The columns holding a field, best first; empty when the file has none. */
    List<Integer> columns(ChildField field) {
        return fieldColumns.getOrDefault(field, List.of());
    }

    /** Every question the file answers, in column order, with its columns. */
    Map<String, List<Integer>> questionColumns() {
        return questionColumns;
    }

    AnswerSpellings spellings(int column) {
        return spellings.get(column);
    }

    List<ColumnInfo> infos() {
        return infos;
    }

    List<String> warnings() {
        return warnings;
    }

    OptionalInt statusColumn() {
        return statusColumn;
    }

    OptionalInt finishedColumn() {
        return finishedColumn;
    }
}
