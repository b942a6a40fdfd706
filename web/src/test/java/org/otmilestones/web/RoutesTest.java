package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route the web framework registered, walked one by one: each staff route refuses a request
 * without a staff session (HEAD included), each family route shows nothing of the child without the
 * family's session, and with the session the same requests get through (so the refusals are the
 * guard's doing).
 */
class RoutesTest {

    /** One registered route: its method, its path pattern and its access. */
    private record Registered(String method, String path, String access) {
        static Registered of(String line) {
            String[] parts = line.split(" ", 3);
            return new Registered(parts[0], parts[1], parts[2]);
        }
    }

    private TestServer server;
    private String familyPath;
    private WebClient family;
    private WebClient staff;
    private String staffCsrf;

    @BeforeEach
    void start() {
        server = TestServer.start();
        family = server.client();
        familyPath = family.startFamily("en", "Rita Routes", "5", "10", "2024");
        staff = server.client();
        staffCsrf = staff.login(TestServer.PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<Registered> registered() {
        List<Registered> routes = server.server.registeredRoutes().stream().map(Registered::of).toList();
        assertThat(routes).as("the routes the framework registered").hasSizeGreaterThan(30);
        return routes;
    }

    private static String concrete(String path, String token) {
        return path.replace("{id}", "1").replace("{token}", token).replace("{step}", "1").replace("{name}", "app.css");
    }

    private static HttpRequest request(String base, String method, String path, String formBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(WebClient.TIMEOUT);
        if (method.equals("POST")) {
            return b.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody)).build();
        }
        return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    @Test
    void theRouteTableIsWhatTheFrameworkRegisteredWithHeadBesideEveryGet() {
        List<Registered> routes = registered();
        List<String> table = new ArrayList<>();
        for (Routes.Route r : server.server.routeTable()) {
            table.add(r.method() + " " + r.path() + " [" + r.access() + "]");
            if (r.method().name().equals("GET")) {
                table.add("HEAD " + r.path() + " [" + r.access() + "]");
            }
        }
        List<String> endpoints = routes.stream().filter(r -> !r.method().startsWith("BEFORE"))
                .map(r -> r.method() + " " + r.path() + " " + r.access()).toList();
        assertThat(endpoints).containsExactlyInAnyOrderElementsOf(table);
        assertThat(routes).filteredOn(r -> r.path().startsWith("/staff") && !r.path().equals("/staff/login")
                && !r.method().startsWith("BEFORE")).allSatisfy(r -> assertThat(r.access()).isEqualTo("[STAFF]"));
        assertThat(routes).filteredOn(r -> r.path().startsWith("/f/{token}") && !r.path().endsWith("/unlock"))
                .allSatisfy(r -> assertThat(r.access()).isEqualTo("[FAMILY]"));
    }

    @Test
    void everyStaffRouteRefusesARequestWithoutAStaffSessionHeadIncluded() {
        WebClient stranger = server.client();
        int walked = 0;
        for (Registered r : registered()) {
            if (!r.access().equals("[STAFF]")) {
                continue;
            }
            String path = concrete(r.path(), "x");
            HttpResponse<String> refused = stranger.send(request(server.url(), r.method(), path,
                    "csrf=" + staffCsrf + "&days=1&childId=stolen"));
            assertThat(refused.statusCode()).as(r.method() + " " + path + " without a session").isEqualTo(403);
            if (!r.method().equals("HEAD")) {
                assertThat(refused.body()).as(r.method() + " " + path).contains("Staff sign-in")
                        .doesNotContain("Rita Routes");
            }
            walked++;
        }
        long expected = server.server.routeTable().stream().filter(r -> r.access() == Access.STAFF)
                .mapToLong(r -> r.method().name().equals("GET") ? 2 : 1).sum();
        assertThat(walked).as("staff routes walked (HEAD beside each GET)").isEqualTo(expected).isGreaterThan(30);
        // Nothing the refused posts asked for happened: the checklist is there, with its id, unreviewed.
        String page = staff.get("/staff/checklists/1").body();
        assertThat(page).contains("Rita Routes").contains(ChildIds.PREFIX + "1").doesNotContain("stolen")
                .contains("in progress");
    }

    @Test
    void withAStaffSessionTheSameGetAndHeadRequestsGetThrough() {
        for (Registered r : registered()) {
            if (!r.access().equals("[STAFF]") || r.method().equals("POST")) {
                continue;
            }
            String path = concrete(r.path(), "x") + (r.path().startsWith("/staff/export") ? "?all=1" : "")
                    + (r.path().equals("/staff/cleanup") ? "?days=30" : "");
            int status = staff.send(request(server.url(), r.method(), path, "")).statusCode();
            // An unfinished checklist has no handout or result yet (409): still past the guard.
            assertThat(status).as(r.method() + " " + path + " signed in").isIn(200, 409);
        }
    }

    @Test
    void everyFamilyRouteShowsNothingOfTheChildWithoutTheFamilysSession() {
        String token = familyPath.substring(3);
        WebClient otherDevice = server.client();
        String familyCsrf = WebClient.csrf(family.get(familyPath + "/1").body());
        int walked = 0;
        for (Registered r : registered()) {
            if (!r.access().equals("[FAMILY]")) {
                continue;
            }
            String path = concrete(r.path(), token);
            HttpResponse<String> refused = otherDevice.send(request(server.url(), r.method(), path,
                    "csrf=" + familyCsrf + "&question=general-worried&answer=YES&go=next"));
            assertThat(refused.statusCode()).as(r.method() + " " + path + " on another device").isIn(401, 403);
            assertThat(refused.body()).doesNotContain("Rita").doesNotContain("general-worried");
            walked++;
        }
        assertThat(walked).as("family routes walked").isGreaterThanOrEqualTo(10);
        // The family's own device still sees its checklist, unchanged by the refused posts.
        HttpResponse<String> own = family.get(familyPath + "/1");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("checked");
    }

    @Test
    void headFollowsTheSameRulesAsGet() {
        WebClient stranger = server.client();
        assertThat(stranger.send("HEAD", "/staff").statusCode()).isEqualTo(403);
        assertThat(staff.send("HEAD", "/staff").statusCode()).isEqualTo(200);
        assertThat(stranger.send("HEAD", familyPath + "/1").statusCode()).isEqualTo(403);
        assertThat(family.send("HEAD", familyPath + "/1").statusCode()).isEqualTo(200);
        assertThat(stranger.send("HEAD", "/no/such/page").statusCode()).isEqualTo(404);
        assertThat(stranger.send("HEAD", "/").statusCode()).isEqualTo(200);
        assertThat(family.post(familyPath + "/answer", Map.of("csrf", WebClient.csrf(family.get(familyPath + "/1").body()),
                "question", "general-worried", "answer", "YES")).statusCode()).isEqualTo(204);
    }
}
