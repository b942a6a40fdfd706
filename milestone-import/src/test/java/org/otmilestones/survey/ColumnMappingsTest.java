package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;

class ColumnMappingsTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    @TempDir
    Path dir;

    private static ColumnMapping read(String json) throws MappingFileException {
        return ColumnMappings.read(json, "m.json");
    }

    @Test
    void readsEveryKindOfRuleInOrder() throws Exception {
        ColumnMapping mapping = read("""
                {
                  "formatVersion": 1,
                  "description": "clinic form",
                  "dateOrder": "dmy",
                  "answers": { "Oui": "yes", "Pas encore": "not yet" },
                  "columns": [
                    { "header": "Birthday", "field": "DATE_OF_BIRTH" },
                    { "column": 7, "question": "fine_motor-19-24m-tower_4", "answers": { "3": "not_yet" }, "optional": true },
                    { "header": "Email", "ignore": true }
                  ]
                }
                """);

        assertThat(mapping.dateOrder()).contains(DateOrder.DMY);
        assertThat(mapping.answers()).containsExactly(Map.entry("Oui", Answer.YES), Map.entry("Pas encore", Answer.NOT_YET));
        assertThat(mapping.columns()).containsExactly(
                ColumnRule.of(ColumnRef.header("Birthday"), ColumnTarget.field(ChildField.DATE_OF_BIRTH)),
                ColumnRule.of(ColumnRef.index(7), ColumnTarget.question("fine_motor-19-24m-tower_4"))
                        .withAnswers(Map.of("3", Answer.NOT_YET)).optional(),
                ColumnRule.of(ColumnRef.header("Email"), ColumnTarget.ignore()));
    }

    @Test
    void rejectsAnUnknownFieldWithItsLineColumnAndPath() {
        String json = "{\n  \"formatVersion\": 1,\n  \"columns\": [\n    { \"heder\": \"DOB\", \"field\": \"date_of_birth\" }\n  ]\n}";

        assertThatThrownBy(() -> read(json)).isInstanceOf(MappingFileException.class)
                .hasMessageStartingWith("m.json: line 4, column ")
                .hasMessageContaining("($.columns[0].heder)")
                .hasMessageContaining("unknown field 'heder'").hasMessageContaining("header");
    }

    @Test
    void rejectsBrokenJsonWithItsLine() {
        assertThatThrownBy(() -> read("{\n  \"formatVersion\": 1,\n  \"columns\": [ {\"header\": \"x\" \"field\": 1} ]\n}"))
                .isInstanceOf(MappingFileException.class).hasMessageStartingWith("m.json: line 3, column")
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void rejectsAMissingOrNewerFormatVersion() {
        assertThatThrownBy(() -> read("{\"columns\": []}")).isInstanceOf(MappingFileException.class)
                .hasMessage("m.json: $.formatVersion: is missing; this version of OT Milestones reads mapping format 1"
                        + "\nSee docs/mapping-format.md for the mapping file's format.")
                .satisfies(e -> {
                    MappingFileException bad = (MappingFileException) e;
                    assertThat(bad.file()).contains("m.json");
                    assertThat(bad.path()).contains("$.formatVersion");
                    assertThat(bad.problem()).isEqualTo("is missing; this version of OT Milestones reads mapping format 1");
                    assertThat(bad.fix()).isEqualTo("see docs/mapping-format.md for the mapping file's format");
                });
        assertThatThrownBy(() -> read("{\"formatVersion\": 2}")).hasMessageContaining("is 2;");
        assertThatThrownBy(() -> read("[1]")).hasMessageContaining("expected a JSON object");
    }

    @Test
    void rejectsRulesThatAreNotValidNamingTheirPath() {
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"columns\":[{\"header\":\"a\",\"field\":\"dob\"}]}"))
                .hasMessageContaining("($.columns[0].field): 'dob' is not a child field; expected one of child_id, ");
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"columns\":[{\"header\":\"a\",\"column\":2,\"ignore\":true}]}"))
                .hasMessageContaining("($.columns[0]): needs exactly one of \"header\"");
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"columns\":[{\"column\":0,\"ignore\":true}]}"))
                .hasMessageContaining("($.columns[0].column): is 0; columns are counted from 1");
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"columns\":[{\"column\":1}]}"))
                .hasMessageContaining("($.columns[0]): needs exactly one of \"field\"");
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"columns\":[{\"column\":1,\"field\":\"notes\",\"answers\":{\"1\":\"yes\"}}]}"))
                .hasMessageContaining("($.columns[0].answers): only question columns have answer spellings");
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"answers\":{\"1\":\"often\"}}"))
                .hasMessageContaining("($.answers['1']): 'often' is not valid; expected one of yes, sometimes, not_yet, not_sure, no_answer");
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"dateOrder\":\"YMD\"}"))
                .hasMessageContaining("($.dateOrder): 'YMD' is not valid; expected one of MDY, DMY");
        assertThatThrownBy(() -> read("{\"formatVersion\":1,\"answers\":{\"1\":\"yes\",\"1\":\"no_answer\"}}"))
                .hasMessageContaining("Duplicate");
    }

    @Test
    void saysWhenTheFileIsMissing() {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> ColumnMappings.load(missing)).isInstanceOf(MappingFileException.class)
                .hasMessageStartingWith(missing + ": file: does not exist; check the path\n");
    }

    @Test
    void writesAMappingThatReadsBackEqual() throws Exception {
        Map<String, Answer> codes = new LinkedHashMap<>();
        codes.put("1", Answer.YES);
        codes.put("2", Answer.SOMETIMES);
        ColumnMapping mapping = SurveyTemplates.mapping(CATALOG, CATALOG.checkpoint("24m").orElseThrow(), "es")
                .with(ColumnRule.of(ColumnRef.index(40), ColumnTarget.question("general-worried")).withAnswers(codes))
                .with(ColumnRule.of(ColumnRef.header("Email"), ColumnTarget.ignore()).optional())
                .withAnswer("Oui", Answer.YES)
                .withDateOrder(DateOrder.MDY);
        Path file = dir.resolve("mapping.json");
        try (var out = Files.newBufferedWriter(file)) {
            ColumnMappings.write(mapping, out);
        }

        assertThat(ColumnMappings.load(file)).isEqualTo(mapping);
        assertThat(Files.readString(file)).contains("\"field\" : \"date_of_birth\"").contains("\"optional\" : true")
                .contains("\"question\" : \"general-worried\"").contains("\"2\" : \"sometimes\"");
    }

    @Test
    void readsTheExampleInTheMappingFormatDocument() throws Exception {
        Path doc = findUp("docs/mapping-format.md");
        Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(doc));
        assertThat(json.find()).as("a json example in " + doc).isTrue();

        ColumnMapping mapping = read(json.group(1));

        assertThat(mapping.columns()).hasSize(7);
        assertThat(mapping.dateOrder()).contains(DateOrder.DMY);
        mapping.columns().stream().map(ColumnRule::target).filter(t -> t instanceof ColumnTarget.Question)
                .map(t -> ((ColumnTarget.Question) t).questionId())
                .forEach(id -> assertThat(CATALOG.milestone(id)).as(id + " in the bundled catalog").isPresent());
    }

    @Test
    void buildsAMappingFromARedcapDataDictionary() throws Exception {
        Path dictionary = Path.of(ColumnMappingsTest.class.getResource("/org/otmilestones/survey/redcap-dictionary-24m.csv").toURI());

        ColumnMapping mapping = ColumnMappings.fromRedcapDataDictionary(dictionary, CATALOG);

        // 26 questions in the dictionary, one of them (the book question) retired in catalog 2027.1.
        assertThat(mapping.columns()).hasSize(3 + 25).allMatch(r -> r.presence() == ColumnRule.Presence.OPTIONAL);
        assertThat(mapping.columns().subList(0, 3)).extracting(ColumnRule::target).containsExactly(
                ColumnTarget.field(ChildField.CHILD_NAME), ColumnTarget.field(ChildField.DATE_OF_BIRTH),
                ColumnTarget.field(ChildField.WEEKS_AT_BIRTH));
        assertThat(mapping.columns().get(3).column()).isEqualTo(ColumnRef.header("fine_motor_19_24m_hold_and_open"));
        assertThat(mapping.columns().get(3).answers()).containsExactly(Map.entry("1", Answer.YES),
                Map.entry("2", Answer.SOMETIMES), Map.entry("3", Answer.NOT_YET), Map.entry("4", Answer.NOT_SURE));
        assertThat(Optional.of(mapping.columns().get(3).target()))
                .contains(ColumnTarget.question("fine_motor-19-24m-hold_and_open"));
    }

    private static Path findUp(String relative) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(relative))) {
                return d.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
