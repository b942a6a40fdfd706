package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff list of a busy clinic: pages of 50, a search that finds "López" as "lopez", filters (not
 * finished, not reviewed, red flag), deleting old unfinished checklists by hand and automatically, ids
 * unique across imports and visits, and one child's checklists linked.
 */
class StaffListTest {

    private static final String HEADER = "\"Child ID\",\"Child's name\",\"Date of birth\",\"Weeks of pregnancy at birth\","
            + "\"Date filled in\",\"Completed by\"\r\n";
    private TestServer server;
    private WebClient staff;
    private String csrf;

    @BeforeEach
    void start() {
        server = TestServer.start();
        staff = server.client();
        csrf = staff.login(TestServer.PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Imports a survey export of these rows (id, name) filled in on the tests' today; returns the report. */
    private String importRows(String fileName, List<String[]> rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String[] row : rows) {
            csv.append('"').append(row[0]).append("\",\"").append(row[1]).append("\",\"2024-05-10\",\"\",\"2026-12-01\",\"mom\"\r\n");
        }
        HttpResponse<String> r = staff.upload("/staff/import", Map.of("csrf", csrf), "file", fileName,
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static List<String> ids(String page) {
        Matcher m = Pattern.compile("</a></td>\\s*<td>([^<]*)</td>").matcher(page);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private String finishOnThePage(String name, Map<String, String> lastScreen) {
        WebClient family = server.client();
        String path = family.startFamily("en", name, "10", "5", "2024");
        String token = WebClient.csrf(family.get(path + "/1").body());
        for (int step = 1; step <= 6; step++) {
            Map<String, String> form = new LinkedHashMap<>(Map.of("csrf", token, "go", "next"));
            if (step == 6) {
                form.putAll(lastScreen);
            }
            family.post(path + "/" + step, form);
        }
        return path;
    }

    @Test
    void aLongListComesInPagesOfFiftyAndTheDownloadsTakeEveryPage() {
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 171; i++) {
            rows.add(new String[] {"c" + i, "Child Number " + i});
        }
        importRows("busy-day.csv", rows);
        String first = staff.get("/staff?view=all").body();
        assertThat(ids(first)).hasSize(ListQuery.PAGE_SIZE);
        assertThat(first).contains("1 to 50 of 171 checklists").contains("Page 1 of 4").contains("Next page")
                .doesNotContain("Previous page");
        String last = staff.get("/staff?view=all&page=4").body();
        assertThat(ids(last)).hasSize(21);
        assertThat(last).contains("151 to 171 of 171").contains("Previous page").doesNotContain("Next page");
        assertThat(staff.get("/staff?view=all&page=99").body()).as("past the end: the last page").contains("Page 4 of 4");
        String summary = staff.get("/staff/export/summary.csv?all=1").body();
        assertThat(summary.lines().count()).as("header and every row").isEqualTo(172);
    }

    @Test
    void theSearchFindsNamesWithoutCaseOrAccentsAndIdsToo() {
        importRows("names.csv", List.of(new String[] {"a1", "Ana López"}, new String[] {"a2", "NIÑO Pérez"},
                new String[] {"a3", "Bob Lopes"}, new String[] {"x-77", "Zoë Çelik"}));
        assertThat(staff.get("/staff?view=all&q=lopez").body()).contains("Ana López").doesNotContain("Bob Lopes");
        assertThat(staff.get("/staff?view=all&q=L%C3%93PEZ").body()).contains("Ana López");
        assertThat(staff.get("/staff?view=all&q=nino").body()).contains("NIÑO Pérez");
        assertThat(staff.get("/staff?view=all&q=zoe+celik").body()).contains("Zoë Çelik");
        assertThat(staff.get("/staff?view=all&q=X-77").body()).contains("Zoë Çelik").doesNotContain("Ana López");
        assertThat(staff.get("/staff?view=all&q=%25").body()).as("a % is just a %").doesNotContain("Ana López");
        assertThat(staff.get("/staff/export/summary.csv?all=1&q=lopez").body().lines().count()).isEqualTo(2);
    }

    @Test
    void theFiltersShowUnfinishedNotReviewedAndRedFlagChecklists() {
        finishOnThePage("Rosa Roja", Map.of("general-lost_skill", "YES"));
        finishOnThePage("Nina Nada", Map.of("general-lost_skill", "NOT_YET", "general-worried", "NOT_YET"));
        server.client().startFamily("en", "Ugo Unfinished", "5", "10", "2024");
        String reviewed = finishOnThePage("Rita Reviewed", Map.of());
        staff.post("/staff/checklists/4/reviewed", Map.of("csrf", csrf));
        assertThat(reviewed).startsWith("/f/");

        String unfinished = staff.get("/staff?view=all&show=unfinished").body();
        assertThat(unfinished).contains("Ugo Unfinished").doesNotContain("Rosa Roja").doesNotContain("Rita Reviewed");
        String notReviewed = staff.get("/staff?view=all&show=new").body();
        assertThat(notReviewed).contains("Rosa Roja").contains("Nina Nada").doesNotContain("Rita Reviewed")
                .doesNotContain("Ugo Unfinished");
        String doctor = staff.get("/staff?view=all&show=doctor").body();
        assertThat(doctor).contains("Rosa Roja").doesNotContain("Nina Nada").doesNotContain("Ugo Unfinished");
        assertThat(doctor).contains("<option value=\"doctor\" selected>");
        assertThat(staff.get("/staff/export/results.json?all=1&show=doctor").body()).contains(ChildIds.PREFIX + "1\"")
                .doesNotContain(ChildIds.PREFIX + "2\"");
    }

    @Test
    void staffDeleteOldUnfinishedChecklistsAfterAPageThatSaysHowMany() {
        server.client().startFamily("en", "Olga Old", "5", "10", "2024");
        finishOnThePage("Fiona Finished", Map.of());
        server.clock.advance(Duration.ofDays(31));
        server.client().startFamily("en", "Nora New", "5", "10", "2024");
        csrf = staff.login(TestServer.PASSWORD);

        String confirm = staff.get("/staff/cleanup?days=30").body();
        assertThat(confirm).contains("1 unfinished checklist was started before 2026-12-02");
        assertThat(staff.get("/staff/cleanup?days=0").statusCode()).isEqualTo(400);
        HttpResponse<String> deleted = staff.post("/staff/cleanup", Map.of("csrf", csrf, "days", "30"));
        assertThat(WebClient.location(deleted)).isEqualTo("/staff?view=all&deleted=1");
        String list = staff.get(WebClient.location(deleted)).body();
        assertThat(list).contains("1 unfinished checklist was deleted.").doesNotContain("Olga Old")
                .contains("Fiona Finished").contains("Nora New");
    }

    @Test
    void theClinicCanHaveOldUnfinishedChecklistsRemovedAutomatically() {
        server.client().startFamily("en", "Olga Old", "5", "10", "2024");
        server.clock.advance(Duration.ofDays(8));
        csrf = staff.login(TestServer.PASSWORD);
        server.server.runCleanupNow();
        assertThat(staff.get("/staff?view=all").body()).as("off by default").contains("Olga Old");
        HttpResponse<String> saved = staff.upload("/staff/clinic", Map.of("csrf", csrf, "cleanupDays", "7"), "logo", "",
                new byte[0]);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(staff.get("/staff/clinic").body()).contains("name=\"cleanupDays\" type=\"text\" inputmode=\"numeric\""
                + " maxlength=\"4\" size=\"4\" aria-describedby=\"cleanup-help\" value=\"7\"");
        assertThat(staff.upload("/staff/clinic", Map.of("csrf", csrf, "cleanupDays", "soon"), "logo", "", new byte[0])
                .statusCode()).isEqualTo(400);
        server.server.runCleanupNow();
        assertThat(staff.get("/staff?view=all").body()).doesNotContain("Olga Old");
        assertThat(server.logLines()).anySatisfy(l -> assertThat(l).contains("deleted 1 unfinished checklists started"
                + " more than 7 days ago"));
    }

    @Test
    void idsAreUniqueAcrossImportsAndVisitsAndOneChildsChecklistsCanBeLinked() {
        // Two exports without an id column: the importer numbers both from row-2.
        importRows("monday.csv", List.of(new String[] {"", "Mia Monday"}, new String[] {"", "Max Monday"}));
        importRows("tuesday.csv", List.<String[]>of(new String[] {"", "Tia Tuesday"}));
        server.client().startFamily("en", "Pia Page", "5", "10", "2024");
        List<String> ids = ids(staff.get("/staff?view=all").body());
        assertThat(ids).hasSize(4).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith(ChildIds.PREFIX))
                .noneMatch(id -> id.startsWith("row-"));

        // Pia's second visit: started from her first checklist, with the same id.
        String page = staff.get("/staff/start?child=4").body();
        String piaId = staff.get("/staff/checklists/4").body().replaceAll("(?s).*<dt>Child id</dt><dd>([^<]+)</dd>.*", "$1");
        assertThat(page).contains("value=\"" + piaId + "\"").contains("value=\"2024-05-10\"");
        HttpResponse<String> second = staff.post("/staff/start", Map.of("csrf", csrf, "once", WebClient.once(page),
                "name", "Pia Page", "dob", "2024-05-10", "childId", piaId));
        assertThat(second.body()).contains("This child's other checklists").contains("/staff/checklists/4\"");

        // Mia turns out to be Pia: staff give her checklist Pia's id, and the two are linked.
        assertThat(staff.post("/staff/checklists/1/child", Map.of("csrf", csrf, "childId", piaId)).statusCode())
                .isEqualTo(303);
        String pia = staff.get("/staff/checklists/4").body();
        assertThat(pia).contains("/staff/checklists/1\"").contains("/staff/checklists/5\"");
        assertThat(staff.post("/staff/checklists/1/child", Map.of("csrf", csrf, "childId", "no spaces")).statusCode())
                .isEqualTo(400);
    }
}
