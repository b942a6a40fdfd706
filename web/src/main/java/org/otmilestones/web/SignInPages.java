package org.otmilestones.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Staff sign-in and sign-out. The password's slow check runs only for tries the {@link LoginThrottle}
 * has counted first; a right password gives the browser a device cookie, so that later on its tries are
 * counted apart from anyone else's at the same address.
 */
final class SignInPages {

    static final String DEVICE_COOKIE = "otm_device";
    /** Browsers keep a cookie at most 400 days. */
    static final Duration DEVICE_COOKIE_AGE = Duration.ofDays(400);

    private final Http http;
    private final Tokens tokens;
    private final StaffSessions sessions;
    private final LoginThrottle throttle;
    private final Settings settings;
    private final StaffPages staff;

    SignInPages(Http http, Tokens tokens, StaffSessions sessions, LoginThrottle throttle, Settings settings,
            StaffPages staff) {
        this.http = http;
        this.tokens = tokens;
        this.sessions = sessions;
        this.throttle = throttle;
        this.settings = settings;
        this.staff = staff;
    }

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
        http.render(ctx, "staff-login", new Views.Login(staff.layout("Sign in", null), tokens.csrf("login", visitor),
                problem));
    }

    void login(Context ctx) throws SQLException {
        String visitor = Http.cookie(ctx, FamilyPages.START_COOKIE).orElse(null);
        if (!tokens.csrfMatches("login", visitor, ctx.formParam("csrf"))) {
            showLogin(ctx, Optional.of("The sign-in form was too old. Please try again."), 403);
            return;
        }
        Optional<String> device = tokens.deviceId(ctx.cookie(DEVICE_COOKIE));
        // Counted before the slow check, so tries sent at the same moment cannot all slip through.
        LoginThrottle.Decision decision = throttle.begin(ctx.ip(), device);
        if (!decision.allowed()) {
            showLogin(ctx, Optional.of("Too many wrong passwords. Wait " + seconds(decision.waitLeft())
                    + " seconds, then try again."), 429);
            return;
        }
        LoginThrottle.Attempt attempt = decision.attempt().orElseThrow();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<String> hash = settings.text(Settings.PASSWORD_HASH);
        if (hash.isEmpty() || !Passwords.matches(password.toCharArray(), hash.get())) {
            Duration next = throttle.waitAfter(attempt);
            showLogin(ctx, Optional.of(next.isZero() ? "That password is not right. Please try again."
                    : "That password is not right. Wait " + seconds(next) + " seconds before the next try."), 401);
            return;
        }
        throttle.succeeded(attempt);
        if (device.isEmpty()) {
            http.lastingCookie(ctx, DEVICE_COOKIE, tokens.deviceCookie(), "/staff/login", DEVICE_COOKIE_AGE);
        }
        http.cookie(ctx, StaffSessions.COOKIE, sessions.start(), "/");
        Http.seeOther(ctx, "/staff");
    }

    void logout(Context ctx) {
        staff.staffPost(ctx);
        Http.cookie(ctx, StaffSessions.COOKIE).ifPresent(sessions::end);
        http.clearCookie(ctx, StaffSessions.COOKIE, "/");
        Http.seeOther(ctx, "/staff/login");
    }

    /** Whole seconds, rounded up, so "wait 5 seconds" is never a moment too short. */
    private static long seconds(Duration wait) {
        return wait.toMillis() <= 0 ? 0 : (wait.toMillis() + 999) / 1000;
    }
}
