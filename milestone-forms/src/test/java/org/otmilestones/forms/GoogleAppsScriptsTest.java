package org.otmilestones.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.catalog.Catalogs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated Apps Script run for real, in Node.js, against a stand-in for Google's FormApp that records
 * every call: it must build exactly our questions, choices and sections, and jump from the age question to
 * that age's pages and from each age's last page to the questions for every child. Reported as skipped, with
 * the reason, where Node.js is not installed.
 */
class GoogleAppsScriptsTest {

    private static final Catalog CATALOG = Catalogs.loadBundled();

    private static final String FAKE_FORM_APP = """
            const items = [];
            function item(kind) {
              const it = {kind: kind, title: null, help: null, required: false, choices: null, goTo: null, validation: null};
              const index = items.length;
              const api = {
                _index: index,
                setTitle(t) { it.title = t; return api; },
                setHelpText(h) { it.help = h; return api; },
                setRequired(r) { it.required = r; return api; },
                setChoiceValues(v) { it.choices = v.map(x => ({value: x, page: null})); return api; },
                createChoice(value, page) { return {value: value, page: page._index}; },
                setChoices(c) { it.choices = c; return api; },
                setGoToPage(p) { it.goTo = p._index; return api; },
                setValidation(v) { it.validation = v; return api; }
              };
              items.push(it);
              return api;
            }
            const form = {
              setDescription(d) { this.description = d; },
              addDateItem() { return item('date'); },
              addTextItem() { return item('text'); },
              addMultipleChoiceItem() { return item('choice'); },
              addPageBreakItem() { return item('page'); },
              getEditUrl() { return 'edit'; },
              getPublishedUrl() { return 'published'; }
            };
            const FormApp = {
              create(t) { form.title = t; return form; },
              createTextValidation() {
                const v = {};
                const api = { setHelpText(h) { return api; }, requireNumberBetween(a, b) { v.min = a; v.max = b; return api; },
                  build() { return v; } };
                return api;
              }
            };
            const Logger = { log() {} };
            """;

    @TempDir
    Path dir;

    private JsonNode run(Form form) throws Exception {
        StringWriter script = new StringWriter();
        GoogleAppsScripts.write(form, script);
        Path file = dir.resolve("run.js");
        Files.writeString(file, FAKE_FORM_APP + script + "\ncreateOtmChecklistForm();\n"
                + "console.log(JSON.stringify({title: form.title, items: items}));\n", StandardCharsets.UTF_8);
        Process node;
        try {
            node = new ProcessBuilder("node", file.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            // CI asks for every suite with -Dotm.nodeTests=required: there a missing Node.js fails the build.
            if ("required".equals(System.getProperty("otm.nodeTests"))) {
                throw new AssertionError("Node.js is required (-Dotm.nodeTests=required) but cannot be started", e);
            }
            Assumptions.abort("Node.js is not installed, so the script cannot be run here");
            return null;
        }
        byte[] output = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
        return JsonMapper.builder().build().readTree(new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void theScriptBuildsExactlyOurQuestionsChoicesAndAgeJumpsInSpanish() throws Exception {
        Form form = Form.everyCheckpoint(CATALOG, List.of("es"));
        JsonNode made = run(form);
        List<JsonNode> items = new ArrayList<>();
        made.path("items").forEach(items::add);

        List<String> expectedQuestions = new ArrayList<>();
        for (Checkpoint c : CATALOG.checkpoints()) {
            for (Area a : CATALOG.areas()) {
                CATALOG.milestones(a, c).forEach(m -> expectedQuestions.add(m.question().in("es")));
            }
        }
        CATALOG.generalQuestions().stream().map(GeneralQuestion::question).forEach(q -> expectedQuestions.add(q.in("es")));
        form.sensorySigns().forEach(sign -> expectedQuestions.add(sign.question().in("es")));
        List<JsonNode> questions = items.stream().filter(i -> i.path("kind").asString().equals("choice")).skip(1).toList();
        assertThat(questions).extracting(q -> q.path("title").asString()).containsExactlyElementsOf(expectedQuestions);
        assertThat(questions.get(0).path("choices").findValuesAsString("value"))
                .containsExactly("Sí", "A veces", "Todavía no", "No sé");
        int generalLast = questions.size() - 1 - form.sensorySigns().size();
        assertThat(questions.get(generalLast).path("choices").findValuesAsString("value")).containsExactly("Sí", "No");
        assertThat(questions.get(questions.size() - 1).path("choices").findValuesAsString("value"))
                .containsExactly("Sí", "No", "No sé");
        assertThat(items).filteredOn(i -> i.path("kind").asString().equals("date"))
                .extracting(i -> i.path("title").asString() + " " + i.path("required").asBoolean())
                .containsExactly("Fecha de nacimiento true", "Fecha de evaluación false");

        JsonNode age = items.stream().filter(i -> i.path("kind").asString().equals("choice")).findFirst().orElseThrow();
        assertThat(age.path("title").asString()).isEqualTo("Edad de la lista");
        int general = items.size() - 2 - CATALOG.generalQuestions().size() - form.sensorySigns().size();
        assertThat(items.get(general).path("title").asString()).isEqualTo("Para todos los niños");
        for (int c = 0; c < CATALOG.checkpoints().size(); c++) {
            Checkpoint checkpoint = CATALOG.checkpoints().get(c);
            JsonNode choice = age.path("choices").get(c);
            JsonNode page = items.get(choice.path("page").asInt());
            assertThat(choice.path("value").asString()).isEqualTo(FormTexts.checkpointAge(checkpoint, "es"));
            assertThat(page.path("title").asString()).startsWith(FormTexts.checkpointSection(checkpoint, "es") + ":");
            if (c > 0) {
                assertThat(page.path("goTo").asInt()).as("after the " + CATALOG.checkpoints().get(c - 1).id()
                        + " pages, skip to the questions for every child").isEqualTo(general);
            }
        }
    }

    @Test
    void aFormOfOneCheckpointHasNoAgeQuestionAndAPagePerArea() throws Exception {
        Checkpoint c24 = CATALOG.checkpoint("24m").orElseThrow();
        JsonNode made = run(Form.of(CATALOG, c24, List.of("en")));

        assertThat(made.path("title").asString()).isEqualTo("OT Milestones checklist for families (2 years)");
        assertThat(made.path("items").findValuesAsString("title")).doesNotContain("Checklist age");
        long pages = 0;
        for (JsonNode i : made.path("items")) {
            pages += i.path("kind").asString().equals("page") ? 1 : 0;
        }
        // A page per area, one for the questions for every child and one for the signs of how the child handles the senses.
        assertThat(pages).isEqualTo(CATALOG.areas().size() + 2);
        assertThat(made.path("items").findValuesAsString("title")).contains("Weeks at birth", "Child ID");
    }
}
