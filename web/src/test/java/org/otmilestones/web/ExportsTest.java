package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What staff download, and what each file holds about the child; each test with a server of its own. */
class ExportsTest {

    /** The first child without the clinic's own id in a new data folder. */
    private static final String CHILD_ID = ChildIds.PREFIX + "1";
    private TestServer server;
    private WebClient staff;
    private String staffToken;
    private String id;

    @BeforeEach
    void start() {
        server = TestServer.start();
        WebClient family = new WebClient(server.url());
        String path = family.startFamily("es", "Valeria Exportada", "2", "28", "2024");
        String token = WebClient.csrf(family.get(path + "/1").body());
        for (int step = 1; step <= 6; step++) {
            family.post(path + "/" + step, Map.of("csrf", token, "go", "next", "general-worried", "NOT_YET"));
        }
        staff = new WebClient(server.url());
        staffToken = staff.login(TestServer.PASSWORD);
        id = staff.get("/staff?view=all").body().replaceAll("(?s).*href=\"/staff/checklists/(\\d+)\".*", "$1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theZipOfADayHoldsEachHandoutByChildIdAndASummaryWithoutNamesOrBirthDates() throws Exception {
        byte[] zip = staff.getBytes("/staff/export/handouts.zip?day=2026-12-01").body();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly(CHILD_ID + "-30m-2026-12-01.pdf", "summary.csv");
        assertThat(new String(entries.get(CHILD_ID + "-30m-2026-12-01.pdf"), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String summary = new String(entries.get("summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).contains(CHILD_ID).contains(CHILD_ID + "-30m-2026-12-01.pdf")
                .doesNotContain("Valeria").doesNotContain("2024-02-28").doesNotContain("date_of_birth");
        assertThat(staff.getBytes("/staff/export/handouts.zip?day=2026-11-30").body()).isNotEqualTo(zip);
    }

    @Test
    void theResultsAreByChildIdAndTheAnswersCsvIsTheClinicsFullRecord() {
        String json = staff.get("/staff/export/results.json?all=1").body();
        assertThat(json).contains("\"" + CHILD_ID + "\"").doesNotContain("Valeria").doesNotContain("2024-02-28");
        String csv = staff.get("/staff/checklists/" + id + "/answers.csv").body();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\"Child ID\",\"Child's name\",\"Date of birth\"")
                .endsWith("\"Language\"");
        assertThat(csv).contains("\"Valeria Exportada\",\"2024-02-28\"").contains("\"es\"");
    }

    @Test
    void markingAsReviewedShowsInTheList() {
        assertThat(staff.get("/staff?view=all").body()).contains("<td>finished<br>");
        assertThat(staff.post("/staff/checklists/" + id + "/reviewed", Map.of("csrf", staffToken)).statusCode())
                .isEqualTo(303);
        assertThat(staff.get("/staff?view=all").body()).contains("<td>reviewed<br>").doesNotContain("<td>finished<br>");
    }

    @Test
    void aDownloadNamesWhichChecklists() {
        assertThat(staff.get("/staff/export/summary.csv").statusCode()).isEqualTo(400);
        assertThat(staff.get("/staff/export/summary.csv?day=yesterday").statusCode()).isEqualTo(400);
    }
}
