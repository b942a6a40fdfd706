package org.otmilestones.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.FormNames;
import org.otmilestones.core.catalog.Catalogs;

class XlsFormsTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();
    private static final List<String> LANGUAGES = List.of("English (en)", "Español (es)");

    private static XlsFormRules.Sheets xlsForm(Form form) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsForms.write(form, out);
        return XlsFormRules.read(out.toByteArray());
    }

    @Test
    void everyCheckpointsFormAndTheOneWithEveryAgeFollowTheXlsFormRulesInBothLanguages() throws Exception {
        for (Checkpoint c : CATALOG.checkpoints()) {
            assertThat(XlsFormRules.problems(xlsForm(Form.of(CATALOG, c, List.of("en", "es"))), LANGUAGES)).as(c.id())
                    .isEmpty();
        }
        assertThat(XlsFormRules.problems(xlsForm(Form.everyCheckpoint(CATALOG, List.of("es", "en"))), LANGUAGES))
                .isEmpty();
    }

    @Test
    void theRulesCatchAMissingChoiceListAndAReferenceToNoField() throws Exception {
        XlsFormRules.Sheets form = xlsForm(Form.everyCheckpoint(CATALOG, List.of("en", "es")));
        List<Map<String, String>> survey = new ArrayList<>(form.sheet("survey"));
        int question = survey.indexOf(survey.stream().filter(r -> r.get("type").startsWith("select_one")).findFirst()
                .orElseThrow());
        Map<String, String> broken = new LinkedHashMap<>(survey.get(question));
        broken.put("type", "select_one otm_answers");
        broken.put("relevant", "${otm_age}");
        survey.set(question, broken);
        Map<String, List<Map<String, String>>> sheets = new LinkedHashMap<>(form.byName());
        sheets.put("survey", survey);

        assertThat(XlsFormRules.problems(new XlsFormRules.Sheets(sheets), LANGUAGES))
                .anyMatch(p -> p.contains("'otm_answers' is not on the choices sheet"))
                .anyMatch(p -> p.contains("-> otm_age: no such field"));
    }

    @Test
    void asksEachQuestionWithTheSharedChoicesAndShowsEachAgeByTheCalculatedAge() throws Exception {
        XlsFormRules.Sheets form = xlsForm(Form.everyCheckpoint(CATALOG, List.of("es", "en")));
        Map<String, String> tower = form.sheet("survey").stream()
                .filter(r -> r.get("name").equals(FormNames.of(CATALOG).name("fine_motor-19-24m-tower_4"))).findFirst()
                .orElseThrow();
        Map<String, String> group = form.sheet("survey").stream().filter(r -> r.get("name").equals("age_24m"))
                .findFirst().orElseThrow();

        assertThat(tower.get("type")).isEqualTo("select_one " + XlsForms.ANSWER_LIST);
        assertThat(tower.get("label::Español (es)")).isEqualTo(CATALOG.milestone("fine_motor-19-24m-tower_4")
                .orElseThrow().question().in("es"));
        assertThat(group.get("relevant")).isEqualTo("${otm_age_months} != '' and ${otm_age_months} >= 24 and "
                + "${otm_age_months} < 30");
        assertThat(form.sheet("choices")).extracting(r -> r.get("list_name") + ":" + r.get("name"))
                .containsExactly("otm_answer:yes", "otm_answer:sometimes", "otm_answer:not_yet", "otm_answer:not_sure",
                        "otm_yes_no:yes", "otm_yes_no:no", "otm_sign:yes", "otm_sign:no", "otm_sign:not_sure");
        assertThat(form.sheet("settings").get(0)).containsEntry("default_language", "Español (es)")
                .containsEntry("form_id", "otm_default_all");
    }
}
