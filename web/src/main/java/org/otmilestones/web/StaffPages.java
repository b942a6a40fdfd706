package org.otmilestones.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otmilestones.core.Age;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.InvalidAssessmentException;
import org.otmilestones.core.Polarity;
import org.otmilestones.core.scoring.AreaResult;
import org.otmilestones.core.scoring.ChecklistResult;
import org.otmilestones.core.scoring.Note;
import org.otmilestones.core.scoring.RedFlag;

/**
 * The staff pages behind the password: sign-in, the list of checklists, one checklist with its
 * handout and files, review, delete, and starting a family on a checklist.
 */
final class StaffPages {

    /** Thrown by {@link #staff} when no staff member is signed in: the answer is 403 with the sign-in form. */
    static final class NotSignedIn extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSignedIn() {
            super("not signed in", null, false, false);
        }
    }

    private final Http http;
    private final Tokens tokens;
    private final StaffSessions sessions;
    private final LoginThrottle throttle;
    private final Settings settings;
    private final ChecklistStore store;
    private final Results results;
    private final StaffRows rows;
    private final ClinicSettings clinic;
    private final Clock clock;

    StaffPages(Http http, Tokens tokens, StaffSessions sessions, LoginThrottle throttle, Settings settings,
            ChecklistStore store, Results results, ClinicSettings clinic, Clock clock) {
        this.http = http;
        this.tokens = tokens;
        this.sessions = sessions;
        this.throttle = throttle;
        this.settings = settings;
        this.store = store;
        this.results = results;
        this.rows = new StaffRows(results);
        this.clinic = clinic;
        this.clock = clock;
    }

    /** The signed-in staff session, or a 403 with the sign-in form. */
    StaffSessions.Session staff(Context ctx) {
        return Http.cookie(ctx, StaffSessions.COOKIE).flatMap(sessions::find).orElseThrow(NotSignedIn::new);
    }

    /** The staff session, with the form's CSRF token checked. */
    StaffSessions.Session staffPost(Context ctx) {
        StaffSessions.Session session = staff(ctx);
        String given = ctx.formParam("csrf");
        if (given == null || !java.security.MessageDigest.isEqual(given.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                session.csrf.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw Http.forbidden("This form did not come from this staff page (no valid form token). Reload the page and"
                    + " try again.");
        }
        return session;
    }

    Views.Layout layout(String title, StaffSessions.Session session) {
        return new Views.Layout("en", title + " - OT Milestones staff", "Skip to the main content",
                Optional.ofNullable(session).map(s -> s.csrf), clinic.current().profile().name());
    }

    // --- Sign-in ---

    void loginPage(Context ctx) {
        showLogin(ctx, Optional.empty(), 200);
    }

    void showLogin(Context ctx, Optional<String> problem, int status) {
        String visitor = Http.cookie(ctx, FamilyPages.START_COOKIE).orElseGet(() -> {
            String fresh = Tokens.random();
            http.cookie(ctx, FamilyPages.START_COOKIE, fresh, "/");
            return fresh;
        });
        ctx.status(status);
        http.render(ctx, "staff-login", new Views.Login(layout("Sign in", null), tokens.csrf("login", visitor), problem));
    }

    void login(Context ctx) throws SQLException {
        String visitor = Http.cookie(ctx, FamilyPages.START_COOKIE).orElse(null);
        if (!tokens.csrfMatches("login", visitor, ctx.formParam("csrf"))) {
            showLogin(ctx, Optional.of("The sign-in form was too old. Please try again."), 403);
            return;
        }
        String address = ctx.ip();
        Duration wait = throttle.waitFor(address);
        if (!wait.isZero()) {
            showLogin(ctx, Optional.of("Too many wrong passwords. Wait " + (wait.toSeconds() + 1)
                    + " seconds, then try again."), 429);
            return;
        }
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<String> hash = settings.text(Settings.PASSWORD_HASH);
        if (hash.isEmpty() || !Passwords.matches(password.toCharArray(), hash.get())) {
            throttle.failed(address);
            Duration next = throttle.waitFor(address);
            showLogin(ctx, Optional.of(next.isZero() ? "That password is not right. Please try again."
                    : "That password is not right. Wait " + (next.toSeconds()) + " seconds before the next try."), 401);
            return;
        }
        throttle.succeeded(address);
        http.cookie(ctx, StaffSessions.COOKIE, sessions.start(), "/");
        Http.seeOther(ctx, "/staff");
    }

    void logout(Context ctx) {
        staffPost(ctx);
        Http.cookie(ctx, StaffSessions.COOKIE).ifPresent(sessions::end);
        http.clearCookie(ctx, StaffSessions.COOKIE, "/");
        Http.seeOther(ctx, "/staff/login");
    }

    // --- The list ---

    void list(Context ctx) throws SQLException {
        StaffSessions.Session session = staff(ctx);
        String view = "all".equals(ctx.queryParam("view")) ? "all" : "today";
        String query = Optional.ofNullable(ctx.queryParam("q")).map(String::strip).orElse("");
        LocalDate today = LocalDate.now(clock);
        ChecklistStore.Filter filter = new ChecklistStore.Filter(view.equals("today") ? Optional.of(today) : Optional.empty(),
                Optional.empty(), Optional.of(query).filter(q -> !q.isEmpty()));
        List<Views.Row> shown = new ArrayList<>();
        for (StoredChecklist c : store.list(filter)) {
            shown.add(rows.row(c));
        }
        String exportQuery = view.equals("today") ? "day=" + today : "all=1";
        http.render(ctx, "staff-list", new Views.ListPage(layout("Checklists", session), view, query, today.toString(),
                rows.areaNames(), shown, exportQuery, StaffRows.LEGEND));
    }

    // --- One checklist ---

    StoredChecklist checklist(Context ctx) throws SQLException {
        String raw = ctx.pathParam("id");
        if (!raw.matches("\\d{1,18}")) {
            throw Http.notFound("There is no such checklist.");
        }
        return store.byId(Long.parseLong(raw)).orElseThrow(() -> Http.notFound("There is no such checklist; it may have"
                + " been deleted."));
    }

    void detail(Context ctx) throws SQLException {
        StaffSessions.Session session = staff(ctx);
        showDetail(ctx, session, checklist(ctx), Optional.empty());
    }

    private void showDetail(Context ctx, StaffSessions.Session session, StoredChecklist c, Optional<String> familyLink) {
        List<Views.AreaLine> areas = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<String> checkup = Optional.empty();
        Optional<String> problem = Optional.empty();
        String age = "";
        String checklist = c.checkpointId().orElse("");
        try {
            ChecklistResult r = results.score(c);
            age = age(r.age().chronological()) + r.age().corrected().map(a -> " (from the due date: " + age(a) + ")").orElse("");
            checklist = r.checkpoint().id() + ": " + r.checkpoint().title().in("en");
            if (c.finishedAt().isPresent()) {
                for (AreaResult a : r.areas()) {
                    Views.Status s = StaffRows.status(a.status());
                    areas.add(new Views.AreaLine(a.area().plainName().in("en") + " (" + a.area().technicalName().in("en")
                            + ")", s.word(), s.css(), a.explanation()));
                }
                for (RedFlag f : r.redFlags()) {
                    flags.add(f.question().in("en") + ": " + answerWord(f));
                }
                if (r.checklistWide().mentionAtCheckup()) {
                    checkup = Optional.of(r.checklistWide().areasNotOnTrack().size() + " areas are not on track (the"
                            + " catalog's threshold is " + r.checklistWide().threshold() + "): mention these skills at the"
                            + " child's next check-up.");
                }
                for (Note n : r.notes()) {
                    notes.add(n.detail());
                }
            } else {
                problem = Optional.of("The family has not finished this checklist yet.");
            }
        } catch (InvalidAssessmentException e) {
            problem = Optional.of("This checklist cannot be scored: " + e.getMessage());
        }
        http.render(ctx, "staff-checklist", new Views.Detail(layout(c.childName().orElse(c.childId()), session),
                session.csrf, c.id(), c.childName().orElse("(no name)"), c.childId(), c.dateOfBirth().toString(), age,
                checklist, c.assessedOn().toString(), StaffRows.state(c), c.completedBy().orElse("-"),
                c.language().equals("es") ? "Spanish" : c.language().equals("en") ? "English" : c.language(), areas,
                checkup, flags, notes, problem, c.finishedAt().isPresent(), c.reviewedAt().isPresent(),
                familyLink.map(link -> baseUrl(ctx) + link)));
    }

    /** The answer in the words the family chose: "no" on a worry question, where the page offered Yes / No. */
    private String answerWord(RedFlag flag) {
        var catalog = results.catalog();
        boolean worry = catalog.generalQuestion(flag.questionId()).map(q -> q.polarity() == Polarity.CONCERN)
                .or(() -> catalog.milestone(flag.questionId()).map(m -> m.polarity() == Polarity.CONCERN)).orElse(false);
        return switch (flag.answer()) {
            case YES -> "yes";
            case SOMETIMES -> "sometimes";
            case NOT_YET -> worry ? "no" : "not yet";
            case NOT_SURE -> "not sure";
            case NO_ANSWER -> "no answer";
        };
    }

    private static String age(Age age) {
        return age.years() >= 2 ? age.years() + " years " + age.months() % 12 + " months" : age.months() + " months";
    }

    static String baseUrl(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    void reviewed(Context ctx) throws SQLException {
        staffPost(ctx);
        StoredChecklist c = checklist(ctx);
        store.markReviewed(c.id(), clock.instant());
        Http.seeOther(ctx, "/staff/checklists/" + c.id());
    }

    void newLink(Context ctx) throws SQLException {
        StaffSessions.Session session = staffPost(ctx);
        StoredChecklist c = checklist(ctx);
        String token = Tokens.random();
        if (!store.replaceToken(c.id(), Tokens.hash(token))) {
            throw new Http.Problem(409, "This checklist is finished", "A finished checklist needs no family link.");
        }
        showDetail(ctx, session, c, Optional.of("/f/" + token));
    }

    void confirmDelete(Context ctx) throws SQLException {
        StaffSessions.Session session = staff(ctx);
        StoredChecklist c = checklist(ctx);
        http.render(ctx, "staff-delete", new Views.ConfirmDelete(layout("Delete", session), session.csrf, c.id(),
                c.childName().orElse("(no name)"), c.childId(), c.assessedOn().toString()));
    }

    void delete(Context ctx) throws SQLException {
        staffPost(ctx);
        StoredChecklist c = checklist(ctx);
        store.delete(c.id());
        Http.seeOther(ctx, "/staff?view=all");
    }

    // --- Starting a family ---

    void startPage(Context ctx) {
        StaffSessions.Session session = staff(ctx);
        showStart(ctx, session, Map.of(), List.of(), 200);
    }

    private void showStart(Context ctx, StaffSessions.Session session, Map<String, String> values, List<String> errors,
            int status) {
        List<Views.Option> checkpoints = new ArrayList<>();
        checkpoints.add(new Views.Option("", "By the child's age (as otm report chooses)", values.getOrDefault("checkpoint", "").isEmpty()));
        for (Checkpoint c : results.catalog().checkpoints()) {
            checkpoints.add(new Views.Option(c.id(), c.id() + ": " + c.title().in("en"), c.id().equals(values.get("checkpoint"))));
        }
        List<Views.Option> languages = List.of(new Views.Option("en", "English", !"es".equals(values.get("lang"))),
                new Views.Option("es", "Español", "es".equals(values.get("lang"))));
        ctx.status(status);
        http.render(ctx, "staff-start", new Views.StartFamily(layout("Start a family", session), session.csrf,
                checkpoints, languages, values, errors));
    }

    void startFamily(Context ctx) throws SQLException {
        StaffSessions.Session session = staffPost(ctx);
        Map<String, String> values = new HashMap<>();
        for (String key : List.of("name", "dob", "weeks", "childId", "lang", "checkpoint")) {
            values.put(key, Optional.ofNullable(ctx.formParam(key)).map(String::strip).orElse(""));
        }
        List<String> errors = new ArrayList<>();
        String name = values.get("name");
        if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add("Write the child's name (at most 100 characters).");
        }
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> born = Optional.empty();
        try {
            born = Optional.of(LocalDate.parse(values.get("dob"))).filter(d -> !d.isAfter(today));
        } catch (DateTimeParseException e) {
            // Reported below.
        }
        if (born.isEmpty()) {
            errors.add("Write the date of birth as YYYY-MM-DD, for example 2024-03-14, not after today.");
        }
        Optional<Integer> weeks = Optional.empty();
        if (!values.get("weeks").isEmpty()) {
            weeks = Optional.of(values.get("weeks")).filter(w -> w.matches("\\d{2}")).map(Integer::parseInt)
                    .filter(w -> w >= 22 && w <= 44);
            if (weeks.isEmpty()) {
                errors.add("Weeks of pregnancy at birth must be a number from 22 to 44, or left empty.");
            }
        }
        Optional<String> childId = Optional.of(values.get("childId")).filter(s -> !s.isEmpty());
        if (childId.isPresent() && !childId.get().matches("[A-Za-z0-9._-]{1,40}")) {
            errors.add("The child id may hold letters, digits, dots, dashes and underscores (at most 40).");
        }
        String lang = "es".equals(values.get("lang")) ? "es" : "en";
        Checkpoint checkpoint = null;
        if (errors.isEmpty()) {
            Optional<Checkpoint> chosen = results.catalog().checkpoint(values.get("checkpoint"));
            try {
                checkpoint = chosen.isPresent() ? chosen.get()
                        : FamilyPages.checkpointFor(results.catalog(), born.get(), weeks, today);
            } catch (InvalidAssessmentException e) {
                errors.add("The child is older than any checklist: " + e.getMessage() + ". Choose a checklist.");
            }
        }
        if (!errors.isEmpty()) {
            showStart(ctx, session, values, errors, 400);
            return;
        }
        String token = Tokens.random();
        long id = store.create(new ChecklistStore.NewChecklist(childId, name, born.get(), weeks, Optional.empty(), lang,
                checkpoint.id(), today), Tokens.hash(token), clock.instant());
        StoredChecklist c = store.byId(id).orElseThrow();
        showDetail(ctx, session, c, Optional.of("/f/" + token));
    }
}
