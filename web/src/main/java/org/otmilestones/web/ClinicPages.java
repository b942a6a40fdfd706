package org.otmilestones.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otmilestones.report.ClinicProfile;
import org.otmilestones.report.Logo;
import org.otmilestones.report.ReportOptions;
import org.otmilestones.report.Paper;

/** The clinic profile and the page's settings, edited in a form by staff. */
final class ClinicPages {

    private final Http http;
    private final StaffPages staff;
    private final ClinicSettings clinic;

    ClinicPages(Http http, StaffPages staff, ClinicSettings clinic) {
        this.http = http;
        this.staff = staff;
        this.clinic = clinic;
    }

    void page(Context ctx) {
        StaffSessions.Session session = staff.staff(ctx);
        ClinicSettings.Snapshot now = clinic.current();
        show(ctx, session, now.fields(), now.hasLogo(), now.showHandout(), now.paper(),
                now.cleanupDays().map(String::valueOf).orElse(""), List.of(), "1".equals(ctx.queryParam("saved")));
    }

    private void show(Context ctx, StaffSessions.Session session, Map<String, String> values, boolean hasLogo,
            boolean showHandout, Paper paper, String cleanupDays, List<String> problems, boolean saved) {
        List<Views.Field> fields = new ArrayList<>();
        for (ClinicSettings.Key key : ClinicSettings.KEYS) {
            fields.add(new Views.Field(key.key(), key.label(), values.getOrDefault(key.key(), ""), key.multiLine(),
                    key.help(), ClinicProfile.maxChars(key.key())));
        }
        List<Views.Option> papers = List.of(new Views.Option("LETTER", "Letter (United States)", paper == Paper.LETTER),
                new Views.Option("A4", "A4", paper == Paper.A4));
        ctx.status(problems.isEmpty() ? 200 : 400);
        // The saved profile's texts each handout language lacks: said once here, as otm report says it once a run.
        List<String> missing = new ArrayList<>();
        ClinicProfile profile = clinic.current().profile();
        for (String language : ReportOptions.availableLanguages().stream().sorted().toList()) {
            List<String> keys = profile.missingTexts(language);
            if (!keys.isEmpty()) {
                missing.add("Handouts in " + java.util.Locale.forLanguageTag(language).getDisplayLanguage(
                        java.util.Locale.ENGLISH) + " have no " + String.join(", ", keys) + " of yours in that"
                        + " language, so they print neutral words there.");
            }
        }
        http.render(ctx, "staff-clinic", new Views.Clinic(staff.layout("The clinic", session), session.csrf, fields,
                hasLogo, showHandout, papers, cleanupDays, problems, saved, missing));
    }

    void save(Context ctx) throws SQLException, IOException {
        StaffSessions.Session session = staff.staffPost(ctx);
        Map<String, String> values = new HashMap<>();
        for (ClinicSettings.Key key : ClinicSettings.KEYS) {
            values.put(key.key(), Optional.ofNullable(ctx.formParam(key.key())).orElse(""));
        }
        Optional<byte[]> logo = Optional.empty();
        UploadedFile upload = ctx.uploadedFile("logo");
        List<String> problems = new ArrayList<>();
        if (upload != null && upload.filename() != null && !upload.filename().isBlank() && upload.size() > 0) {
            if (upload.size() > Logo.MAX_BYTES) {
                problems.add("The logo is larger than " + Logo.MAX_BYTES / (1024 * 1024) + " MB; choose a smaller image.");
            } else {
                try (InputStream in = upload.content()) {
                    logo = Optional.of(in.readAllBytes());
                }
            }
        }
        boolean removeLogo = "yes".equals(ctx.formParam("removeLogo"));
        boolean showHandout = "yes".equals(ctx.formParam("showHandout"));
        Paper paper = "A4".equals(ctx.formParam("paper")) ? Paper.A4 : Paper.LETTER;
        String days = Optional.ofNullable(ctx.formParam("cleanupDays")).map(String::strip).orElse("");
        Optional<Integer> cleanupDays = Optional.empty();
        if (!days.isEmpty()) {
            if (days.matches("\\d{1,4}") && Integer.parseInt(days) >= 1 && Integer.parseInt(days) <= Cleanup.MAX_DAYS) {
                cleanupDays = Optional.of(Integer.parseInt(days));
            } else {
                problems.add("Not saved. Delete unfinished checklists after: a whole number of days from 1 to "
                        + Cleanup.MAX_DAYS + ", or empty to keep them.");
            }
        }
        if (problems.isEmpty()) {
            problems = clinic.save(values, logo, removeLogo, showHandout, paper, cleanupDays);
        }
        if (!problems.isEmpty()) {
            show(ctx, session, values, clinic.current().hasLogo(), showHandout, paper, days, problems, false);
            return;
        }
        Http.seeOther(ctx, "/staff/clinic?saved=1");
    }
}
