package org.otmilestones.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
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
 * The staff pages behind the password: the list of checklists, one checklist with its handout and
 * files, review, delete, linking one child's checklists, and starting a family on a checklist. Who may
 * see them is checked once, by {@link Guards}, before any of these runs.
 */
final class StaffPages {

    /** Thrown by {@link Guards} when no staff member is signed in: the answer is 403 with the sign-in form. */
    static final class NotSignedIn extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSignedIn() {
            super("not signed in", null, false, false);
        }
    }

    private final Http http;
    private final ChecklistStore store;
    private final Results results;
    private final StaffRows rows;
    private final ClinicSettings clinic;
    private final Clock clock;
    private final FamilySessions familySessions;
    private final OnceForms once;
    private final ServerUrl serverUrl;

    StaffPages(Http http, ChecklistStore store, Results results, ClinicSettings clinic, Clock clock,
            FamilySessions familySessions, OnceForms once, ServerUrl serverUrl) {
        this.http = http;
        this.store = store;
        this.results = results;
        this.rows = new StaffRows(results);
        this.clinic = clinic;
        this.clock = clock;
        this.familySessions = familySessions;
        this.once = once;
        this.serverUrl = serverUrl;
    }

    /** The signed-in staff session, which the guard has checked. */
    StaffSessions.Session staff(Context ctx) {
        StaffSessions.Session session = ctx.attribute(Guards.STAFF_SESSION);
        if (session == null) {
            throw new NotSignedIn();
        }
        return session;
    }

    /** The staff session of a form post, whose form token the guard has checked. */
    StaffSessions.Session staffPost(Context ctx) {
        return staff(ctx);
    }

    Views.Layout layout(String title, StaffSessions.Session session) {
        return new Views.Layout("en", title + " - OT Milestones staff", "Skip to the main content",
                Optional.ofNullable(session).map(s -> s.csrf), clinic.current().profile().name());
    }

    // --- The list ---

    void list(Context ctx) throws SQLException {
        StaffSessions.Session session = staff(ctx);
        LocalDate today = LocalDate.now(clock);
        ListQuery query = ListQuery.ofList(ctx, today);
        List<Long> ids = chosen(query);
        int pages = Math.max(1, (ids.size() + ListQuery.PAGE_SIZE - 1) / ListQuery.PAGE_SIZE);
        int page = Math.min(query.page(), pages);
        int from = (page - 1) * ListQuery.PAGE_SIZE;
        List<Views.Row> shown = new ArrayList<>();
        for (StoredChecklist c : store.byIds(ids.subList(from, Math.min(ids.size(), from + ListQuery.PAGE_SIZE)))) {
            shown.add(rows.row(c));
        }
        List<Views.Option> showOptions = new ArrayList<>();
        for (ListQuery.Show s : ListQuery.Show.values()) {
            showOptions.add(new Views.Option(s.code, s.label, s == query.show()));
        }
        Optional<String> deleted = Optional.ofNullable(ctx.queryParam("deleted")).filter(d -> d.matches("\\d{1,6}"))
                .map(d -> d.equals("1") ? "1 unfinished checklist was deleted." : d + " unfinished checklists were deleted.");
        Views.Paging paging = new Views.Paging(ids.size(), page, pages, from + 1, from + shown.size(),
                page > 1 ? Optional.of(query.pageLink(page - 1)) : Optional.empty(),
                page < pages ? Optional.of(query.pageLink(page + 1)) : Optional.empty());
        http.render(ctx, "staff-list", new Views.ListPage(layout("Checklists", session), session.csrf,
                query.day().isPresent() ? "today" : "all", query.search(), today.toString(), rows.areaNames(), shown,
                query.downloadQuery(), StaffRows.LEGEND, showOptions, paging, deleted, Cleanup.DEFAULT_DAYS));
    }

    /**
     * The ids a list query selects, newest first: the store's filter, then, for "red flag", the finished
     * checklists the scorer says to talk to the doctor about.
     */
    List<Long> chosen(ListQuery query) throws SQLException {
        List<Long> ids = store.ids(query.filter());
        if (query.show() != ListQuery.Show.RED_FLAG) {
            return ids;
        }
        List<Long> flagged = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 200) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 200));
            List<Long> unknown = slice.stream().filter(id -> results.knownTalkToDoctor(id).isEmpty()).toList();
            for (StoredChecklist c : store.byIds(unknown)) {
                results.talkToDoctor(c);
            }
            slice.stream().filter(id -> results.knownTalkToDoctor(id).orElse(false)).forEach(flagged::add);
        }
        return flagged;
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
        showDetail(ctx, session, checklist(ctx), Optional.empty(), Optional.empty(), 200);
    }

    private void showDetail(Context ctx, StaffSessions.Session session, StoredChecklist c, Optional<String> familyLink,
            Optional<String> childIdProblem, int status) throws SQLException {
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
                    Views.Status s = StaffRows.status(a);
                    areas.add(new Views.AreaLine(a.area().plainName().in("en") + " (" + a.area().technicalName().in("en")
                            + ")", s.word(), s.css(), a.explanation()));
                }
                for (RedFlag f : r.redFlags()) {
                    flags.add(f.question().in("en") + ": " + answerWord(f));
                }
                checkup = Optional.of("Next step: " + r.nextStep().word() + " ("
                        + r.judgement().reasons().stream().map(Enum::name).map(n -> n.toLowerCase(java.util.Locale.ROOT))
                                .collect(java.util.stream.Collectors.joining(", ")) + ")"
                        + r.judgement().answerAgainOn().map(d -> "; answer again in " + java.time.YearMonth.from(d)).orElse("")
                        + r.judgement().standing().map(st -> "; standing among same-age children: z " + st.zText()).orElse("")
                        + ".");
                for (Note n : r.notes()) {
                    notes.add(n.detail());
                }
            } else {
                problem = Optional.of("The family has not finished this checklist yet.");
            }
        } catch (InvalidAssessmentException e) {
            problem = Optional.of("This checklist cannot be scored: " + e.getMessage());
        }
        List<Views.Visit> visits = new ArrayList<>();
        for (StoredChecklist other : store.sameChild(c.childId(), c.id())) {
            visits.add(new Views.Visit(other.id(), other.assessedOn().toString(), other.checkpointId().orElse("imported"),
                    StaffRows.state(other)));
        }
        Optional<Views.FamilyLink> link = familyLink.map(path -> {
            String url = serverUrl.get() + path;
            return new Views.FamilyLink(url, QrCodes.svg(url, "QR code of the family's link"));
        });
        ctx.status(status);
        http.render(ctx, "staff-checklist", new Views.Detail(layout(c.childName().orElse(c.childId()), session),
                session.csrf, c.id(), c.childName().orElse("(no name)"), c.childId(), c.dateOfBirth().toString(), age,
                checklist, c.assessedOn().toString(), StaffRows.state(c), c.completedBy().orElse("-"),
                c.language().equals("es") ? "Spanish" : c.language().equals("en") ? "English" : c.language(), areas,
                checkup, flags, notes, problem, c.finishedAt().isPresent(), c.reviewedAt().isPresent(), link, visits,
                childIdProblem));
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
        // The old link's open sessions end with it.
        familySessions.endAll(c.id());
        showDetail(ctx, session, c, Optional.of("/f/" + token), Optional.empty(), 200);
    }

    /** Gives the checklist another child id: the clinic's own, or another checklist's, to link the two. */
    void changeChildId(Context ctx) throws SQLException {
        StaffSessions.Session session = staffPost(ctx);
        StoredChecklist c = checklist(ctx);
        String id = Optional.ofNullable(ctx.formParam("childId")).map(String::strip).orElse("");
        if (!ChildIds.valid(id)) {
            showDetail(ctx, session, c, Optional.empty(), Optional.of("The child id may hold letters, digits, dots,"
                    + " dashes and underscores (at most 40)."), 400);
            return;
        }
        store.changeChildId(c.id(), id);
        Http.seeOther(ctx, "/staff/checklists/" + c.id());
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
        familySessions.endAll(c.id());
        results.forget(c.id());
        Http.seeOther(ctx, "/staff?view=all");
    }

    // --- Starting a family ---

    /** The start form, empty, or filled in from another checklist of the same child ({@code ?child=ID}). */
    void startPage(Context ctx) throws SQLException {
        StaffSessions.Session session = staff(ctx);
        Map<String, String> values = new HashMap<>();
        String from = ctx.queryParam("child");
        if (from != null && from.matches("\\d{1,18}")) {
            Optional<StoredChecklist> earlier = store.byId(Long.parseLong(from));
            earlier.ifPresent(c -> {
                values.put("name", c.childName().orElse(""));
                values.put("dob", c.dateOfBirth().toString());
                values.put("weeks", c.weeksAtBirth().map(String::valueOf).orElse(""));
                values.put("childId", c.childId());
                values.put("lang", c.language());
            });
        }
        showStart(ctx, session, values, List.of(), 200);
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
                checkpoints, languages, values, errors, Tokens.random()));
    }

    void startFamily(Context ctx) throws Exception {
        StaffSessions.Session session = staffPost(ctx);
        Map<String, String> values = new HashMap<>();
        for (String key : List.of("name", "dob", "weeks", "childId", "lang", "checkpoint")) {
            values.put(key, Optional.ofNullable(ctx.formParam(key)).map(String::strip).orElse(""));
        }
        String formId = ctx.formParam("once");
        if (!Tokens.looksLikeToken(formId)) {
            throw Http.badForm("This form is too old. Open Start a family again.");
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
        if (childId.isPresent() && !ChildIds.valid(childId.get())) {
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
        ChecklistStore.NewChecklist fresh = new ChecklistStore.NewChecklist(childId, name, born.get(), weeks,
                Optional.empty(), lang, checkpoint.id(), today);
        // A form sent twice (a double click) makes one checklist, and both answers show its link.
        OnceForms.Made made = once.make("staff:" + formId, () -> {
            String token = Tokens.random();
            return new OnceForms.Made(store.create(fresh, Tokens.hash(token), clock.instant()), token);
        });
        StoredChecklist c = store.byId(made.id()).orElseThrow(() -> Http.notFound("That checklist was deleted."));
        showDetail(ctx, session, c, Optional.of("/f/" + made.token()), Optional.empty(), 200);
    }
}
