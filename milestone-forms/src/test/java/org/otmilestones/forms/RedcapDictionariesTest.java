package org.otmilestones.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.FormNames;
import org.otmilestones.core.catalog.Catalogs;
import org.otmilestones.survey.ColumnMapping;
import org.otmilestones.survey.ColumnMappings;
import org.otmilestones.survey.ColumnTarget;

class RedcapDictionariesTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    @TempDir
    Path dir;

    private static String dictionary(Form form) throws Exception {
        StringWriter out = new StringWriter();
        RedcapDictionaries.write(form, out);
        return out.toString();
    }

    private static List<List<String>> rows(String csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            rows.add(record.toList());
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyCheckpointsDictionaryAndTheOneWithEveryAgeFollowRedcapsRules(String language) throws Exception {
        for (Checkpoint c : CATALOG.checkpoints()) {
            assertThat(RedcapRules.problems(rows(dictionary(Form.of(CATALOG, c, List.of(language)))))).as(c.id()).isEmpty();
        }
        assertThat(RedcapRules.problems(rows(dictionary(Form.everyCheckpoint(CATALOG, List.of(language)))))).isEmpty();
    }

    @Test
    void theRulesCatchABadName() throws Exception {
        List<List<String>> rows = rows(dictionary(Form.of(CATALOG, CATALOG.checkpoints().get(0), List.of("en"))));
        List<String> bad = new ArrayList<>(rows.get(3));
        bad.set(0, "Fine-Motor");
        rows.set(3, bad);
        assertThat(RedcapRules.problems(rows)).anyMatch(p -> p.startsWith("Fine-Motor"));
    }

    @Test
    void showsEachAgesSectionByTheCalculatedAgeAndCodesAnswersOneToFour() throws Exception {
        List<List<String>> rows = rows(dictionary(Form.everyCheckpoint(CATALOG, List.of("es"))));
        FormNames names = FormNames.of(CATALOG);
        List<String> tower = rows.stream().filter(r -> r.get(0).equals(names.name("fine_motor-19-24m-tower_4")))
                .findFirst().orElseThrow();

        assertThat(tower.get(3)).isEqualTo("radio");
        assertThat(tower.get(5)).isEqualTo("1, Sí | 2, A veces | 3, Todavía no | 4, No sé");
        assertThat(tower.get(11)).isEqualTo("[otm_age_months] <> \"\" and [otm_age_months] >= 24 and [otm_age_months] < 30");
        assertThat(rows.stream().filter(r -> r.get(3).equals("yesno"))).hasSize(CATALOG.generalQuestions().size());
        assertThat(rows.stream().filter(r -> r.get(0).equals("assessment_date")).findFirst().orElseThrow().get(17))
                .isEqualTo("@TODAY");
    }

    @Test
    void theDictionaryReadBackAsAMappingMapsEveryQuestionWithItsCodes() throws Exception {
        Path file = dir.resolve("dictionary.csv");
        Files.writeString(file, dictionary(Form.everyCheckpoint(CATALOG, List.of("en"))));

        ColumnMapping mapping = ColumnMappings.fromRedcapDataDictionary(file, CATALOG);

        long questions = mapping.columns().stream().filter(r -> r.target() instanceof ColumnTarget.Question).count();
        assertThat(questions).isEqualTo(CATALOG.milestones().size() + CATALOG.generalQuestions().size()
                + CATALOG.sensorySigns().signs().size());
        assertThat(mapping.columns()).filteredOn(r -> r.target() instanceof ColumnTarget.Question)
                .allSatisfy(r -> assertThat(r.answers()).isNotEmpty());
    }
}
