package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.Answer;
import org.otmilestones.core.Checkpoint;

/** A server killed with SIGKILL in the middle of a family's checklist has lost no saved answer. */
class KilledServerTest {

    @TempDir
    Path tmp;

    private Process start(Path data) throws Exception {
        return ServerProcess.start(data);
    }

    private static String address(Process p) throws Exception {
        return ServerProcess.address(p);
    }

    @Test
    void aServerKilledMidChecklistAndStartedAgainHasLostNoSavedAnswer() throws Exception {
        Path data = tmp.resolve("data");
        Process first = start(data);
        String path;
        Map<String, Answer> saved = new LinkedHashMap<>();
        List<String> questions = new ArrayList<>();
        try {
            WebClient family = new WebClient(address(first));
            path = family.startFamily("en", "Kim Killed", "10", "5", "2024");
            String token = WebClient.csrf(family.get(path + "/1").body());
            String checkpointId = family.get(path + "/1").body().contains("fine_motor-19-24m") ? "24m" : null;
            assertThat(checkpointId).as("a 24-month checklist").isEqualTo("24m");
            Checkpoint cp = TestServer.CATALOG.checkpoint(checkpointId).orElseThrow();
            ChecklistForm form = ChecklistForm.of(TestServer.CATALOG, cp);
            form.steps().forEach(s -> s.questions().forEach(q -> questions.add(q.id())));
            Answer[] cycle = {Answer.YES, Answer.SOMETIMES, Answer.NOT_YET, Answer.NOT_SURE};
            // Half the checklist, one click at a time, as the page's script saves them.
            for (int i = 0; i < questions.size() / 2; i++) {
                Answer a = cycle[i % cycle.length];
                int status = family.post(path + "/answer", Map.of("csrf", token, "question", questions.get(i),
                        "answer", a.name())).statusCode();
                assertThat(status).isEqualTo(204);
                saved.put(questions.get(i), a);
            }
        } finally {
            // destroyForcibly is SIGKILL on Linux: no shutdown hook, no closing of the database.
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
        assertThat(Files.exists(data.resolve("otm.db-wal"))).as("the WAL was left behind, as after a crash").isTrue();

        Process second = start(data);
        try {
            WebClient family = new WebClient(address(second));
            // A restart closes every open checklist: the family opens it again with the child's birth date.
            assertThat(family.unlock(path, "10", "5", "2024").statusCode()).isEqualTo(303);
            StringBuilder pages = new StringBuilder();
            for (int step = 1; ; step++) {
                var page = family.get(path + "/" + step);
                if (page.statusCode() != 200) {
                    break;
                }
                pages.append(page.body());
            }
            for (Map.Entry<String, Answer> e : saved.entrySet()) {
                assertThat(pages.toString()).as(e.getKey() + " is still " + e.getValue())
                        .contains("name=\"" + e.getKey() + "\" value=\"" + e.getValue().name() + "\" checked");
            }
            assertThat(WebClient.location(family.get(path))).as("the family continues where it stopped")
                    .endsWith("/" + (ChecklistForm.of(TestServer.CATALOG, TestServer.CATALOG.checkpoint("24m").orElseThrow())
                            .firstOpenStep(saved)));
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
