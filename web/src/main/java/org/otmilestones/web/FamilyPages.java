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
 * A family link opens its own checklist and nothing else, and only on a device where that checklist is
 * open: the one it was started on, until it is finished and left, "start over" is pressed, or nobody
 * taps for a while; anywhere else (the next family pressing Back, another phone) it first asks for the
 * child's date of birth. Every answer is saved as it is given (each tap with JavaScript, each screen
 * without).
 */
final class FamilyPages {

    static final String START_COOKIE = "otm_start";
    /** Wrong birth dates a link takes before it stops working (staff can make a new one). */
    static final int UNLOCK_TRIES = 5;
    /** The thank-you page goes back to the start after this long without a tap (or the family idle time, if shorter). */
    static final java.time.Duration DONE_IDLE = java.time.Duration.ofMinutes(2);
    private static final List<Answer> SKILL_CHOICES = List.of(Answer.YES, Answer.SOMETIMES, Answer.NOT_YET, Answer.NOT_SURE);
    private static final List<Answer> CONCERN_CHOICES = List.of(Answer.YES, Answer.NOT_YET, Answer.NOT_SURE);

    /**
     * Thrown by {@link Guards} when a family link is opened where its checklist is not open: the answer
     * is the page that asks for the child's date of birth.
     */
    static final class Locked extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String token;
        final String language;

        Locked(String token, String language) {
            super("checklist not open on this device", null, false, false);
            this.token = token;
            this.language = language;
        }
    }

    private final Http http;
    private final Tokens tokens;
    private final ChecklistStore store;
    private final Results results;
    private final ClinicSettings clinic;
    private final Clock clock;
    private final FamilySessions sessions;
    private final OnceForms once;

    FamilyPages(Http http, Tokens tokens, ChecklistStore store, Results results, ClinicSettings clinic, Clock clock,
            FamilySessions sessions, OnceForms once) {
        this.http = http;
        this.tokens = tokens;
        this.store = store;
        this.results = results;
        this.clinic = clinic;
        this.clock = clock;
        this.sessions = sessions;
        this.once = once;
    }

    private Views.Layout layout(Texts t, String title) {
        return new Views.Layout(t.language(), title, t.get("page.skip"), Optional.empty(),
                clinic.current().profile().name());
    }

    private static Texts texts(String requested) {
        return Texts.of(requested != null && Texts.has(requested) ? requested : "en");
    }

    /** The visitor id of the start and unlock forms' tokens: a cookie of its own, made on first sight. */
    private String visitor(Context ctx) {
        return Http.cookie(ctx, START_COOKIE).orElseGet(() -> {
            String fresh = Tokens.random();
            http.cookie(ctx, START_COOKIE, fresh, "/");
            return fresh;
        });
    }

    /** The checklist and session the guard found for this family link. */
    private static Guards.FamilyVisit visit(Context ctx) {
        Guards.FamilyVisit visit = ctx.attribute(Guards.FAMILY_VISIT);
        if (visit == null) {
            throw badLink();
        }
        return visit;
    }

    private Views.FamilyEnd end(Texts t, Guards.FamilyVisit visit, java.time.Duration idle) {
        return new Views.FamilyEnd(t, visit.session().csrf, "/f/" + visit.token() + "/alive", idle.toMillis());
    }

    /** Opens the checklist on this device: a new family session (ending the device's last one) in a cookie. */
    private void open(Context ctx, long checklistId) {
        Http.cookie(ctx, FamilySessions.COOKIE).ifPresent(sessions::end);
        http.cookie(ctx, FamilySessions.COOKIE, sessions.start(checklistId), "/");
    }

    // --- Start ---

    void startPage(Context ctx) {
        Texts t = texts(ctx.queryParam("lang"));
        showStart(ctx, t, Map.of(), List.of(), 200);
    }

    private void showStart(Context ctx, Texts t, Map<String, String> values, List<String> errors, int status) {
        String visitor = visitor(ctx);
        List<Views.LanguageLink> languages = List.of(new Views.LanguageLink("en", "English", t.language().equals("en")),
                new Views.LanguageLink("es", "Español", t.language().equals("es")));
        ctx.status(status);
        http.render(ctx, "family-start", new Views.Start(layout(t, t.get("start.title")), t,
                tokens.csrf("start", visitor), languages, values, errors, !t.language().equals("es"), Tokens.random(),
                sessions.idle().toMillis()));
    }

    void start(Context ctx) throws Exception {
        Texts t = texts(ctx.formParam("lang"));
        String visitor = Http.cookie(ctx, START_COOKIE).orElse(null);
        if (!tokens.csrfMatches("start", visitor, ctx.formParam("csrf"))) {
            throw Http.forbidden("This form is too old or did not come from this page. Go back, reload the page and try again.");
        }
        String formId = ctx.formParam("once");
        if (!Tokens.looksLikeToken(formId)) {
            throw Http.forbidden("This form is too old. Go back, reload the page and try again.");
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
        ChecklistStore.NewChecklist fresh = new ChecklistStore.NewChecklist(Optional.empty(), name, born.get(), weeks, by,
                t.language(), checkpoint.id(), today);
        // The same form sent twice (a double tap) makes one checklist; both answers open it.
        OnceForms.Made made = once.make("start:" + formId, () -> {
            String token = Tokens.random();
            return new OnceForms.Made(store.create(fresh, Tokens.hash(token), clock.instant()), token);
        });
        open(ctx, made.id());
        Http.seeOther(ctx, "/f/" + made.token() + "/1");
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

    // --- A link where its checklist is not open ---

    static Http.Problem badLink() {
        return new Http.Problem(403, "This link does not work", "Please ask at the front desk for help.");
    }

    /** The page that asks for the child's date of birth; it shows nothing of the child. */
    void showUnlock(Context ctx, String token, String language, Map<String, String> values, List<String> errors,
            int status) {
        Texts t = texts(language);
        ctx.status(status);
        http.render(ctx, "family-unlock", new Views.Unlock(layout(t, t.get("unlock.title")), t, "/f/" + token + "/unlock",
                tokens.csrf("unlock", visitor(ctx)), values, errors, !t.language().equals("es")));
    }

    /** The date of birth typed on a link: the right one opens the checklist here; five wrong ones close the link. */
    void unlock(Context ctx) throws SQLException {
        String token = ctx.pathParam("token");
        if (!Tokens.looksLikeToken(token)) {
            throw badLink();
        }
        String language = texts(ctx.formParam("lang")).language();
        if (!tokens.csrfMatches("unlock", Http.cookie(ctx, START_COOKIE).orElse(null), ctx.formParam("csrf"))) {
            throw Http.forbidden("This form is too old. Reload the page and try again.");
        }
        Map<String, String> values = new HashMap<>();
        for (String key : List.of("month", "day", "year")) {
            values.put(key, Optional.ofNullable(ctx.formParam(key)).map(String::strip).orElse(""));
        }
        Texts t = texts(language);
        Optional<LocalDate> typed = date(values.get("year"), values.get("month"), values.get("day"));
        if (typed.isEmpty()) {
            showUnlock(ctx, token, language, values, List.of(t.get("error.birth")), 400);
            return;
        }
        switch (store.unlock(Tokens.hash(token), typed.get(), UNLOCK_TRIES)) {
            case OPENED -> {
                StoredChecklist c = store.byTokenHash(Tokens.hash(token)).orElseThrow(FamilyPages::badLink);
                open(ctx, c.id());
                Http.seeOther(ctx, "/f/" + token);
            }
            case WRONG -> showUnlock(ctx, token, language, Map.of(), List.of(t.get("unlock.wrong")), 403);
            case CLOSED -> throw new Http.Problem(403, t.get("unlock.closedTitle"), t.get("unlock.closed"));
            case NO_LINK -> throw badLink();
        }
    }

    /** "Start over for the next family": ends this device's family session and shows the start page. */
    void end(Context ctx) {
        Optional<String> id = Http.cookie(ctx, FamilySessions.COOKIE);
        if (id.isPresent() && id.flatMap(sessions::find).filter(s -> Http.sameToken(ctx.formParam("csrf"), s.csrf))
                .isPresent()) {
            sessions.end(id.get());
        }
        http.clearCookie(ctx, FamilySessions.COOKIE, "/");
        Http.seeOther(ctx, "/");
    }

    /** The page's sign that the family is still there (a tap, a scroll): keeps the checklist open. */
    void alive(Context ctx) {
        visit(ctx);
        ctx.status(204);
    }

    // --- The checklist ---

    private ChecklistForm form(StoredChecklist checklist) {
        return results.form(checklist).orElseThrow(() -> new Http.Problem(500, "This checklist cannot be shown",
                "The catalog no longer has this checklist. Please ask at the front desk."));
    }

    void resume(Context ctx) throws SQLException {
        Guards.FamilyVisit visit = visit(ctx);
        StoredChecklist c = visit.checklist();
        String base = "/f/" + visit.token();
        if (c.finishedAt().isPresent()) {
            Http.seeOther(ctx, base + "/done");
            return;
        }
        Http.seeOther(ctx, base + "/" + form(c).firstOpenStep(c.answers()));
    }

    void step(Context ctx) throws SQLException {
        Guards.FamilyVisit visit = visit(ctx);
        StoredChecklist c = visit.checklist();
        String token = visit.token();
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
                base + "/" + number, base + "/answer", visit.session().csrf, progress, number,
                form.steps().size(), heading, intro, questions, number == 1, number == form.steps().size(),
                end(t, visit, sessions.idle())));
    }

    /** Saves the screen's answers, then goes back, on, or finishes. */
    void saveStep(Context ctx) throws SQLException {
        Guards.FamilyVisit visit = visit(ctx);
        StoredChecklist c = visit.checklist();
        String base = "/f/" + visit.token();
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

    /** Saves one answer without a page load (the page's script calls this on every tap). */
    void saveAnswer(Context ctx) throws SQLException {
        StoredChecklist c = visit(ctx).checklist();
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
        Guards.FamilyVisit visit = visit(ctx);
        StoredChecklist c = visit.checklist();
        String token = visit.token();
        if (c.finishedAt().isEmpty()) {
            Http.seeOther(ctx, "/f/" + token);
            return;
        }
        Texts t = Texts.of(c.language());
        Optional<String> handout = clinic.current().showHandout() ? Optional.of("/f/" + token + "/handout.pdf")
                : Optional.empty();
        java.time.Duration idle = DONE_IDLE.compareTo(sessions.idle()) < 0 ? DONE_IDLE : sessions.idle();
        http.render(ctx, "family-done", new Views.Done(layout(t, t.get("thanks.title")), t, handout, end(t, visit, idle)));
    }

    /** The family's own handout, only when the clinic lets families see it right away. */
    void handout(Context ctx) throws Exception {
        StoredChecklist c = visit(ctx).checklist();
        if (c.finishedAt().isEmpty() || !clinic.current().showHandout()) {
            throw Http.forbidden("The handout is not shown here. Your therapist will go over it with you.");
        }
        byte[] pdf = results.handout(c, clinic.current().options());
        ctx.contentType("application/pdf");
        // A PDF is no page: the page policy would keep the browser's PDF viewer from showing it.
        ctx.removeHeader("Content-Security-Policy");
        ctx.header("Content-Disposition", "inline; filename=\"handout.pdf\"");
        Http.answered(ctx);
        ctx.result(pdf);
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
