package org.otmilestones.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.ChildAge;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.scoring.ChecklistScorer;

/**
 * The family's pages: the start form, one screen per area, the general questions, the thank-you.
 * A family's link opens its own unfinished checklist and nothing else; every answer is saved as it is
 * given (each click with JavaScript, each screen without).
 */
final class FamilyPages {

    static final String START_COOKIE = "otm_start";
    private static final List<Answer> SKILL_CHOICES = List.of(Answer.YES, Answer.SOMETIMES, Answer.NOT_YET, Answer.NOT_SURE);
    private static final List<Answer> CONCERN_CHOICES = List.of(Answer.YES, Answer.NOT_YET, Answer.NOT_SURE);

    private final Http http;
    private final Tokens tokens;
    private final ChecklistStore store;
    private final Results results;
    private final ClinicSettings clinic;
    private final Clock clock;

    FamilyPages(Http http, Tokens tokens, ChecklistStore store, Results results, ClinicSettings clinic, Clock clock) {
        this.http = http;
        this.tokens = tokens;
        this.store = store;
        this.results = results;
        this.clinic = clinic;
        this.clock = clock;
    }

    private Views.Layout layout(Texts t, String title) {
        return new Views.Layout(t.language(), title, t.get("page.skip"), Optional.empty(),
                clinic.current().profile().name());
    }

    private static Texts texts(String requested) {
        return Texts.of(requested != null && Texts.has(requested) ? requested : "en");
    }

    // --- Start ---

    void startPage(Context ctx) {
        Texts t = texts(ctx.queryParam("lang"));
        showStart(ctx, t, Map.of(), List.of(), 200);
    }

    private void showStart(Context ctx, Texts t, Map<String, String> values, List<String> errors, int status) {
        String visitor = Http.cookie(ctx, START_COOKIE).orElseGet(() -> {
            String fresh = Tokens.random();
            http.cookie(ctx, START_COOKIE, fresh, "/");
            return fresh;
        });
        List<Views.LanguageLink> languages = List.of(new Views.LanguageLink("en", "English", t.language().equals("en")),
                new Views.LanguageLink("es", "Español", t.language().equals("es")));
        ctx.status(status);
        http.render(ctx, "family-start", new Views.Start(layout(t, t.get("start.title")), t,
                tokens.csrf("start", visitor), languages, values, errors, !t.language().equals("es")));
    }

    void start(Context ctx) throws SQLException {
        Texts t = texts(ctx.formParam("lang"));
        String visitor = Http.cookie(ctx, START_COOKIE).orElse(null);
        if (!tokens.csrfMatches("start", visitor, ctx.formParam("csrf"))) {
            throw Http.forbidden("This form is too old or did not come from this page. Go back, reload the page and try again.");
        }
        Map<String, String> values = new HashMap<>();
        for (String key : List.of("name", "month", "day", "year", "weeks", "by")) {
            values.put(key, Optional.ofNullable(ctx.formParam(key)).map(String::strip).orElse(""));
        }
        List<String> errors = new ArrayList<>();
        String name = values.get("name");
        if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(t.get("error.name"));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> born = date(values.get("year"), values.get("month"), values.get("day"));
        if (born.isEmpty()) {
            errors.add(t.get("error.birth"));
        } else if (born.get().isAfter(today)) {
            errors.add(t.get("error.birthFuture"));
        }
        Optional<Integer> weeks = Optional.empty();
        if (!values.get("weeks").isEmpty()) {
            weeks = number(values.get("weeks")).filter(w -> w >= Child.MIN_WEEKS_AT_BIRTH && w <= Child.MAX_WEEKS_AT_BIRTH);
            if (weeks.isEmpty()) {
                errors.add(t.get("error.weeks"));
            }
        }
        Optional<String> by = Optional.of(values.get("by")).filter(s -> !s.isEmpty())
                .map(s -> s.length() > 60 ? s.substring(0, 60) : s).filter(s -> s.chars().noneMatch(Character::isISOControl));
        Checkpoint checkpoint = null;
        if (errors.isEmpty()) {
            try {
                checkpoint = checkpointFor(results.catalog(), born.get(), weeks, today);
            } catch (InvalidAssessmentException e) {
                errors.add(t.get("error.tooOld"));
            }
        }
        if (!errors.isEmpty()) {
            showStart(ctx, t, values, errors, 400);
            return;
        }
        String token = Tokens.random();
        store.create(new ChecklistStore.NewChecklist(Optional.empty(), name, born.get(), weeks, by, t.language(),
                checkpoint.id(), today), Tokens.hash(token), clock.instant());
        Http.seeOther(ctx, "/f/" + token + "/1");
    }

    /** The checklist for the child's (corrected) age today, as {@code otm report} chooses it. */
    static Checkpoint checkpointFor(Catalog catalog, LocalDate born, Optional<Integer> weeks, LocalDate today)
            throws InvalidAssessmentException {
        Child child = new Child("new", Optional.empty(), born, weeks);
        ChildAge age = ChildAge.of(child, today, catalog.correctedAge());
        return ChecklistScorer.checkpointForAge(catalog, age.forMilestones());
    }

    static Optional<LocalDate> date(String year, String month, String day) {
        Optional<Integer> y = number(year);
        Optional<Integer> m = number(month);
        Optional<Integer> d = number(day);
        if (y.isEmpty() || m.isEmpty() || d.isEmpty() || y.get() < 1900) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y.get(), m.get(), d.get()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String s) {
        if (s == null || !s.strip().matches("\\d{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s.strip()));
    }

    // --- The checklist ---

    /** The family's unfinished or finished checklist for this link; 403 for any other link. */
    private StoredChecklist checklist(Context ctx) throws SQLException {
        String token = ctx.pathParam("token");
        if (!Tokens.looksLikeToken(token)) {
            throw badLink();
        }
        return store.byTokenHash(Tokens.hash(token)).orElseThrow(FamilyPages::badLink);
    }

    private static Http.Problem badLink() {
        return new Http.Problem(403, "This link does not work", "Please ask at the front desk for help.");
    }

    private ChecklistForm form(StoredChecklist checklist) {
        return results.form(checklist).orElseThrow(() -> new Http.Problem(500, "This checklist cannot be shown",
                "The catalog no longer has this checklist. Please ask at the front desk."));
    }

    void resume(Context ctx) throws SQLException {
        StoredChecklist c = checklist(ctx);
        String base = "/f/" + ctx.pathParam("token");
        if (c.finishedAt().isPresent()) {
            Http.seeOther(ctx, base + "/done");
            return;
        }
        ctx.status(303);
        ctx.header("Location", base + "/" + form(c).firstOpenStep(c.answers()));
    }

    void step(Context ctx) throws SQLException {
        StoredChecklist c = checklist(ctx);
        String token = ctx.pathParam("token");
        if (c.finishedAt().isPresent()) {
            Http.seeOther(ctx, "/f/" + token + "/done");
            return;
        }
        ChecklistForm form = form(c);
        int number = stepNumber(ctx, form);
        Texts t = Texts.of(c.language());
        ChecklistForm.Step step = form.step(number).orElseThrow();
        String lang = t.language();
        String heading;
        String intro;
        String progress;
        if (step.area().isPresent()) {
            heading = step.area().get().plainName().in(lang);
            intro = firstSentence(step.area().get().whatItIs().in(lang));
            progress = t.get("step.progress", number, form.areaSteps());
        } else {
            heading = t.get("step.generalTitle");
            intro = t.get("step.generalIntro");
            progress = t.get("step.progressGeneral");
        }
        List<Views.Question> questions = new ArrayList<>();
        int n = 1;
        for (ChecklistForm.Question q : step.questions()) {
            Answer given = c.answers().get(q.id());
            List<Views.Choice> choices = new ArrayList<>();
            for (Answer a : q.polarity() == Polarity.CONCERN ? CONCERN_CHOICES : SKILL_CHOICES) {
                String label = q.polarity() == Polarity.CONCERN && a == Answer.NOT_YET ? t.get("answer.NO")
                        : t.get("answer." + a.name());
                choices.add(new Views.Choice(a.name(), label, a == given));
            }
            questions.add(new Views.Question(q.id(), n++ + ".", q.text().in(lang), choices));
        }
        String base = "/f/" + token;
        http.render(ctx, "family-step", new Views.Step(layout(t, heading + " - " + t.get("page.title")), t,
                base + "/" + number, base + "/answer", tokens.csrf("family", token), progress, number,
                form.steps().size(), heading, intro, questions, number == 1, number == form.steps().size()));
    }

    /** Saves the screen's answers, then goes back, on, or finishes. */
    void saveStep(Context ctx) throws SQLException {
        StoredChecklist c = checklist(ctx);
        String token = ctx.pathParam("token");
        requireCsrf(ctx, token);
        String base = "/f/" + token;
        if (c.finishedAt().isPresent()) {
            Http.seeOther(ctx, base + "/done");
            return;
        }
        ChecklistForm form = form(c);
        int number = stepNumber(ctx, form);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (ChecklistForm.Question q : form.step(number).orElseThrow().questions()) {
            String value = ctx.formParam(q.id());
            if (value != null) {
                answers.put(q.id(), answer(value));
            }
        }
        if (!answers.isEmpty()) {
            store.saveAnswers(c.id(), form.positions(), answers);
        }
        boolean back = "back".equals(ctx.formParam("go"));
        if (back) {
            Http.seeOther(ctx, base + "/" + Math.max(1, number - 1));
        } else if (number < form.steps().size()) {
            Http.seeOther(ctx, base + "/" + (number + 1));
        } else {
            store.finish(c.id(), clock.instant());
            Http.seeOther(ctx, base + "/done");
        }
    }

    /** Saves one answer without a page load (the page's script calls this on every click). */
    void saveAnswer(Context ctx) throws SQLException {
        StoredChecklist c = checklist(ctx);
        requireCsrf(ctx, ctx.pathParam("token"));
        ChecklistForm form = form(c);
        String question = ctx.formParam("question");
        if (question == null || !form.asks(question)) {
            throw Http.badForm("This question is not on this checklist.");
        }
        Answer answer = answer(ctx.formParam("answer"));
        if (!store.saveAnswers(c.id(), form.positions(), Map.of(question, answer))) {
            throw new Http.Problem(409, "This checklist is finished", "The answers can no longer change.");
        }
        ctx.status(204);
    }

    void done(Context ctx) throws SQLException {
        StoredChecklist c = checklist(ctx);
        String token = ctx.pathParam("token");
        if (c.finishedAt().isEmpty()) {
            Http.seeOther(ctx, "/f/" + token);
            return;
        }
        Texts t = Texts.of(c.language());
        Optional<String> handout = clinic.current().showHandout() ? Optional.of("/f/" + token + "/handout.pdf")
                : Optional.empty();
        http.render(ctx, "family-done", new Views.Done(layout(t, t.get("thanks.title")), t, handout));
    }

    /** The family's own handout, only when the clinic lets families see it right away. */
    void handout(Context ctx) throws Exception {
        StoredChecklist c = checklist(ctx);
        if (c.finishedAt().isEmpty() || !clinic.current().showHandout()) {
            throw Http.forbidden("The handout is not shown here. Your therapist will go over it with you.");
        }
        byte[] pdf = results.handout(c, clinic.current().options());
        ctx.contentType("application/pdf");
        // A PDF is no page: the page policy would keep the browser's PDF viewer from showing it.
        ctx.removeHeader("Content-Security-Policy");
        ctx.header("Content-Disposition", "inline; filename=\"handout.pdf\"");
        ctx.result(pdf);
    }

    private void requireCsrf(Context ctx, String token) {
        if (!tokens.csrfMatches("family", token, ctx.formParam("csrf"))) {
            throw Http.forbidden("This form did not come from this checklist's page. Reload the page and try again.");
        }
    }

    private static int stepNumber(Context ctx, ChecklistForm form) {
        String raw = ctx.pathParam("step");
        if (!raw.matches("\\d{1,3}") || form.step(Integer.parseInt(raw)).isEmpty()) {
            throw Http.notFound("This checklist has no such page.");
        }
        return Integer.parseInt(raw);
    }

    private static Answer answer(String value) {
        if (value != null) {
            for (Answer a : SKILL_CHOICES) {
                if (a.name().equals(value)) {
                    return a;
                }
            }
        }
        throw Http.badForm("That is not one of the answers.");
    }

    /** The first sentence of an area's explanation: the "one line of what it is". */
    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
