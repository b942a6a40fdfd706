package org.otmilestones.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * The checks every request passes before its handler: the right address (421 otherwise), HTTPS where
 * the server is on TLS, and the route's {@link Access}: a staff session (and its form token on a post),
 * or the family session of the link's checklist (and its form token on a post). A route's handler runs
 * only after its guard let it through, so no handler checks access itself.
 */
final class Guards {

    /** The request attribute with the checked staff session. */
    static final String STAFF_SESSION = "otm.staffSession";
    /** The request attribute with the family link's checklist and session. */
    static final String FAMILY_VISIT = "otm.familyVisit";

    /** A family link's checklist, open on this device. */
    record FamilyVisit(String token, StoredChecklist checklist, FamilySessions.Session session) {
    }

    private final Http http;
    private final Hosts hosts;
    private final ServerUrl serverUrl;
    private final StaffSessions staffSessions;
    private final FamilySessions familySessions;
    private final ChecklistStore store;

    Guards(Http http, Hosts hosts, ServerUrl serverUrl, StaffSessions staffSessions, FamilySessions familySessions,
            ChecklistStore store) {
        this.http = http;
        this.hosts = hosts;
        this.serverUrl = serverUrl;
        this.staffSessions = staffSessions;
        this.familySessions = familySessions;
        this.store = store;
    }

    /** Runs before every request, also one no route matches. */
    void everyRequest(Context ctx) {
        http.securityHeaders(ctx);
        if (!hosts.allows(ctx.header("Host"))) {
            throw new Http.Problem(421, "Wrong address", "This server does not answer to that address. Open the"
                    + " address the clinic gave you.");
        }
        long length = ctx.req().getContentLengthLong();
        if (ctx.isMultipart() ? length > WebServer.MAX_UPLOAD_BYTES : length > WebServer.MAX_FORM_BYTES) {
            // Refused before a byte of it is read; a body sent without its length is stopped by the same limits.
            throw new Http.Problem(413, "The file is too large", Errors.TOO_LARGE);
        }
        if (http.secure() && !ctx.req().isSecure()) {
            // Plain HTTP on the TLS port: on to the same page over HTTPS at the server's own address.
            if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
                ctx.redirect(serverUrl.get() + ctx.path(), HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            throw new Http.Problem(400, "Use the secure address", "This server answers over HTTPS only. Open "
                    + serverUrl.get() + "/ instead.");
        }
    }

    /** Runs before every matched route: the route's access rule. */
    void beforeRoute(Context ctx) throws SQLException {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.STAFF)) {
            StaffSessions.Session session = Http.cookie(ctx, StaffSessions.COOKIE).flatMap(staffSessions::find)
                    .orElseThrow(StaffPages.NotSignedIn::new);
            if (ctx.method() == HandlerType.POST && !Http.sameToken(ctx.formParam("csrf"), session.csrf)) {
                throw Http.forbidden("This form did not come from this staff page (no valid form token). Reload the"
                        + " page and try again.");
            }
            ctx.attribute(STAFF_SESSION, session);
        } else if (roles.contains(Access.FAMILY)) {
            String token = ctx.pathParam("token");
            if (!Tokens.looksLikeToken(token)) {
                throw FamilyPages.badLink();
            }
            StoredChecklist checklist = store.byTokenHash(Tokens.hash(token)).orElseThrow(FamilyPages::badLink);
            Optional<FamilySessions.Session> session = Http.cookie(ctx, FamilySessions.COOKIE)
                    .flatMap(familySessions::find).filter(s -> s.checklistId == checklist.id());
            if (session.isEmpty()) {
                throw new FamilyPages.Locked(token, checklist.language());
            }
            if (ctx.method() == HandlerType.POST && !Http.sameToken(ctx.formParam("csrf"), session.get().csrf)) {
                throw Http.forbidden("This form did not come from this checklist's page. Reload the page and try again.");
            }
            ctx.attribute(FAMILY_VISIT, new FamilyVisit(token, checklist, session.get()));
        }
    }
}
