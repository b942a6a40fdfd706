package org.otmilestones.forms;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.otmilestones.core.AnswerChoice;
import org.otmilestones.core.Area;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.FormField;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a Google Apps Script that, pasted into the script editor of a Google account and run, creates a
 * Google Form with exactly our questions, choices and sections: the child questions, a page per area, and
 * for every checkpoint a "checklist age" question that jumps to that age's pages. Its CSV export is read
 * back with no mapping, because every header is one of our question texts. Texts are in the form's main
 * language; the form's content is plain data (JSON) in the script, read by one small function.
 */
public final class GoogleAppsScripts {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GoogleAppsScripts() {
    }

    /** Writes the script; the writer is left open. */
    public static void write(Form form, Writer script) throws IOException {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(script, "script");
        String lang = form.language();
        String json = MAPPER.writeValueAsString(data(form))
                // Valid JSON, but line and paragraph separators end a string in older JavaScript.
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        script.write("""
                /**
                 * %s
                 * Made by `otm template --format google-apps-script` from catalog %s %s.
                 *
                 * How to use it:
                 * 1. Open https://script.google.com, click "New project", delete what is in the editor and paste this file.
                 * 2. Click Save, then Run (the function createOtmChecklistForm). Allow the script to create forms.
                 * 3. The new form is in your Google Drive; its address is in the execution log.
                 * 4. Do not change the questions' wording: otm reads the form's CSV export by its question texts.
                 *    Download the answers (Responses > Download responses (.csv)) and run: otm report FILE.csv
                 */
                var OTM_FORM = %s;

                function createOtmChecklistForm() {
                  var data = OTM_FORM;
                  var form = FormApp.create(data.title);
                  form.setDescription(data.description);
                  data.childFields.forEach(function (field) {
                    var item = field.type === 'date' ? form.addDateItem() : form.addTextItem();
                    item.setTitle(field.title);
                    if (field.help) { item.setHelpText(field.help); }
                    if (field.required) { item.setRequired(true); }
                    if (field.type === 'weeks') {
                      item.setValidation(FormApp.createTextValidation().setHelpText(field.message)
                          .requireNumberBetween(field.min, field.max).build());
                    }
                  });
                  var ageItem = data.checkpoints.length > 1 ? form.addMultipleChoiceItem() : null;
                  var firstPages = [];
                  data.checkpoints.forEach(function (checkpoint, c) {
                    checkpoint.areas.forEach(function (area, a) {
                      var page = form.addPageBreakItem().setTitle(area.title);
                      if (a === 0) { firstPages.push(page); }
                      area.questions.forEach(function (question) {
                        form.addMultipleChoiceItem().setTitle(question).setChoiceValues(data.answers);
                      });
                    });
                  });
                  var generalPage = form.addPageBreakItem().setTitle(data.general.title);
                  data.general.questions.forEach(function (question) {
                    form.addMultipleChoiceItem().setTitle(question).setChoiceValues(data.general.answers);
                  });
                  if (data.senses) {
                    form.addPageBreakItem().setTitle(data.senses.title);
                    data.senses.questions.forEach(function (question) {
                      form.addMultipleChoiceItem().setTitle(question).setChoiceValues(data.senses.answers);
                    });
                  }
                  if (ageItem) {
                    // After one age's last page, skip the other ages and go on to the questions for every child.
                    firstPages.forEach(function (page, c) { if (c > 0) { page.setGoToPage(generalPage); } });
                    ageItem.setTitle(data.checkpointQuestion.title).setHelpText(data.checkpointQuestion.help)
                        .setRequired(true)
                        .setChoices(data.checkpoints.map(function (checkpoint, c) {
                          return ageItem.createChoice(checkpoint.age, firstPages[c]);
                        }));
                  }
                  Logger.log('Form made. Edit it at ' + form.getEditUrl() + ' and send families ' + form.getPublishedUrl());
                }
                """.formatted(FormTexts.title(form, lang), form.catalog().id(), form.catalog().version(), json));
        script.flush();
    }

    private static ObjectNode data(Form form) {
        Catalog catalog = form.catalog();
        String lang = form.language();
        ObjectNode data = MAPPER.createObjectNode();
        data.put("title", FormTexts.title(form, lang));
        data.put("description", catalog.name().in(lang));
        ArrayNode fields = data.putArray("childFields");
        fields.addObject().put("title", FormField.CHILD_ID.label(lang)).put("type", "text");
        fields.addObject().put("title", FormField.CHILD_NAME.label(lang)).put("type", "text");
        fields.addObject().put("title", FormField.DATE_OF_BIRTH.label(lang)).put("type", "date").put("required", true);
        fields.addObject().put("title", FormField.WEEKS_AT_BIRTH.label(lang)).put("type", "weeks")
                .put("help", FormTexts.weeksHint(lang)).put("message", FormTexts.weeksMessage(lang))
                .put("min", Child.MIN_WEEKS_AT_BIRTH).put("max", Child.MAX_WEEKS_AT_BIRTH);
        fields.addObject().put("title", FormField.ASSESSMENT_DATE.label(lang)).put("type", "date")
                .put("help", FormTexts.assessmentDateHint(lang));
        fields.addObject().put("title", FormField.COMPLETED_BY.label(lang)).put("type", "text");
        ArrayNode answers = data.putArray("answers");
        AnswerChoice.milestoneChoices().forEach(c -> answers.add(c.label(lang)));
        data.putObject("checkpointQuestion").put("title", FormTexts.checkpointQuestion(lang))
                .put("help", FormTexts.checkpointHint(catalog, lang));
        ArrayNode checkpoints = data.putArray("checkpoints");
        for (Checkpoint checkpoint : form.checkpoints()) {
            ObjectNode node = checkpoints.addObject().put("age", FormTexts.checkpointAge(checkpoint, lang));
            ArrayNode areas = node.putArray("areas");
            for (Area area : catalog.areas()) {
                if (form.milestones(area, checkpoint).isEmpty()) {
                    continue;
                }
                String title = form.hasEveryCheckpoint()
                        ? FormTexts.checkpointSection(checkpoint, lang) + ": " + area.plainName().in(lang)
                        : area.plainName().in(lang);
                ArrayNode questions = areas.addObject().put("title", title).putArray("questions");
                for (Milestone m : form.milestones(area, checkpoint)) {
                    questions.add(m.question().in(lang));
                }
            }
        }
        ObjectNode general = data.putObject("general").put("title", FormTexts.generalSection(lang));
        ArrayNode yesNo = general.putArray("answers");
        AnswerChoice.yesNo().forEach(c -> yesNo.add(c.label(lang)));
        ArrayNode questions = general.putArray("questions");
        for (GeneralQuestion q : catalog.generalQuestions()) {
            questions.add(q.question().in(lang));
        }
        if (!form.sensorySigns().isEmpty()) {
            ObjectNode senses = data.putObject("senses").put("title", FormTexts.sensorySection(lang));
            ArrayNode signAnswers = senses.putArray("answers");
            AnswerChoice.signChoices().forEach(c -> signAnswers.add(c.label(lang)));
            ArrayNode signs = senses.putArray("questions");
            form.sensorySigns().forEach(sign -> signs.add(sign.question().in(lang)));
        }
        return data;
    }
}
