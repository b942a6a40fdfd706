package org.otmilestones.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The server's route table, in one place: each route's method, path, who may open it and its handler.
 * Every GET route answers HEAD with the same handler and the same access rule (the body is left out).
 */
final class Routes {

    /** One route. */
    record Route(HandlerType method, String path, Access access, Handler handler) {
        Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(handler, "handler");
        }
    }

    /** The pages the routes lead to. */
    record Pages(FamilyPages family, SignInPages signIn, StaffPages staff, Cleanup cleanup, ImportPages imports,
            ClinicPages clinic, DownloadPages downloads, Statics statics) {
    }

    private final List<Route> routes = new ArrayList<>();

    private Routes() {
    }

    /** The whole table. Order matters: a fixed path comes before the {@code {step}} path it would also match. */
    static List<Route> table(Pages p) {
        FamilyPages family = p.family();
        StaffPages staff = p.staff();
        DownloadPages downloads = p.downloads();
        Routes r = new Routes();
        r.get("/static/{name}", Access.PUBLIC, p.statics()::serve);

        r.get("/", Access.PUBLIC, family::startPage);
        r.post("/start", Access.PUBLIC, family::start);
        r.post("/end", Access.PUBLIC, family::end);
        r.post("/f/{token}/unlock", Access.PUBLIC, family::unlock);
        r.get("/f/{token}", Access.FAMILY, family::resume);
        r.get("/f/{token}/done", Access.FAMILY, family::done);
        r.get("/f/{token}/handout.pdf", Access.FAMILY, family::handout);
        r.post("/f/{token}/answer", Access.FAMILY, family::saveAnswer);
        r.post("/f/{token}/alive", Access.FAMILY, family::alive);
        r.get("/f/{token}/{step}", Access.FAMILY, family::step);
        r.post("/f/{token}/{step}", Access.FAMILY, family::saveStep);

        r.get("/staff/login", Access.PUBLIC, p.signIn()::loginPage);
        r.post("/staff/login", Access.PUBLIC, p.signIn()::login);
        r.post("/staff/logout", Access.STAFF, p.signIn()::logout);
        r.get("/staff", Access.STAFF, staff::list);
        r.get("/staff/start", Access.STAFF, staff::startPage);
        r.post("/staff/start", Access.STAFF, staff::startFamily);
        r.get("/staff/cleanup", Access.STAFF, p.cleanup()::confirmCleanup);
        r.post("/staff/cleanup", Access.STAFF, p.cleanup()::cleanup);
        r.get("/staff/import", Access.STAFF, p.imports()::page);
        r.post("/staff/import", Access.STAFF, p.imports()::upload);
        r.post("/staff/import/again", Access.STAFF, p.imports()::again);
        r.get("/staff/clinic", Access.STAFF, p.clinic()::page);
        r.post("/staff/clinic", Access.STAFF, p.clinic()::save);
        r.get("/staff/export/handouts.zip", Access.STAFF, downloads::exportZip);
        r.get("/staff/export/summary.csv", Access.STAFF, downloads::exportSummary);
        r.get("/staff/export/results.json", Access.STAFF, downloads::exportResults);
        r.get("/staff/export/answers.csv", Access.STAFF, downloads::exportAnswers);
        r.get("/staff/checklists/{id}", Access.STAFF, staff::detail);
        r.get("/staff/checklists/{id}/handout.pdf", Access.STAFF, downloads::handout);
        r.get("/staff/checklists/{id}/results.json", Access.STAFF, downloads::resultJson);
        r.get("/staff/checklists/{id}/answers.csv", Access.STAFF, downloads::answersCsv);
        r.get("/staff/checklists/{id}/delete", Access.STAFF, staff::confirmDelete);
        r.post("/staff/checklists/{id}/delete", Access.STAFF, staff::delete);
        r.post("/staff/checklists/{id}/reviewed", Access.STAFF, staff::reviewed);
        r.post("/staff/checklists/{id}/link", Access.STAFF, staff::newLink);
        r.post("/staff/checklists/{id}/child", Access.STAFF, staff::changeChildId);
        return List.copyOf(r.routes);
    }

    /** Registers every route, and HEAD beside each GET, with its access rule as the route's role. */
    static void register(RoutesConfig config, List<Route> table) {
        for (Route route : table) {
            config.addHttpHandler(route.method(), route.path(), route.handler(), route.access());
            if (route.method() == HandlerType.GET) {
                config.addHttpHandler(HandlerType.HEAD, route.path(), route.handler(), route.access());
            }
        }
    }

    private void get(String path, Access access, Handler handler) {
        routes.add(new Route(HandlerType.GET, path, access, handler));
    }

    private void post(String path, Access access, Handler handler) {
        routes.add(new Route(HandlerType.POST, path, access, handler));
    }
}
