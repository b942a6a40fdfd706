package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.otmilestones.survey.SurveyImports;

/** The numbers docs/serve.md gives for the server's safety are the code's, word for word. */
class ServeDocsTest {

    private static String page() throws IOException {
        // Line breaks in the page are spaces to a reader.
        return Files.readString(Path.of("../docs/serve.md")).replaceAll("\\s+", " ");
    }

    @Test
    void theSignInNumbersAreTheThrottlesAndTheSessions() throws IOException {
        String page = page();
        assertThat(page).contains(LoginThrottle.FREE_TRIES + " tries, then a wait of " + LoginThrottle.FIRST_WAIT.toSeconds()
                + " seconds before the next, twice as long after each further try, up to "
                + LoginThrottle.LONGEST_WAIT.toMinutes() + " minutes");
        assertThat(page).contains("against the staff account: " + LoginThrottle.ACCOUNT_FREE_TRIES + " tries");
        assertThat(LoginThrottle.MEMORY.toHours()).isEqualTo(1);
        assertThat(page).contains("counts are forgotten an hour after the last try");
        assertThat(page).contains("of 40 sent at once, " + LoginThrottle.FREE_TRIES + " are checked");
        assertThat(page).contains("kept " + SignInPages.DEVICE_COOKIE_AGE.toDays() + " days");
        assertThat(page).contains("end after " + StaffSessions.IDLE.toMinutes() + " minutes without use ("
                + StaffSessions.LONGEST.toHours() + " hours at most)");
        assertThat(page).contains(NumberFormat.getIntegerInstance(Locale.US).format(Passwords.DEFAULT_ITERATIONS)
                + " rounds").contains("at least " + Passwords.MIN_LENGTH + " characters");
    }

    @Test
    void theSharedTabletNumbersAreTheFamilyPages() throws IOException {
        String page = page();
        assertThat(page).contains("After " + ServerConfig.DEFAULT_FAMILY_IDLE.toMinutes() + " minutes without a tap")
                .contains("after " + ServerConfig.DEFAULT_FAMILY_IDLE.toMinutes() + " minutes without a request")
                .contains("after " + FamilyPages.DONE_IDLE.toMinutes() + " minutes without a tap")
                .contains(FamilyPages.UNLOCK_TRIES + " wrong birth dates close the link");
        assertThat(page).contains(ListQuery.PAGE_SIZE + " rows a page").contains("(" + Cleanup.DEFAULT_DAYS + " is offered)");
        assertThat(page).contains("An upload over " + SurveyImports.MAX_FILE_BYTES / (1024 * 1024) + " MB (a form over "
                + WebServer.MAX_FORM_BYTES / (1024 * 1024) + " MB)");
        assertThat(page).contains("HSTS, for a year");
        assertThat(Http.HSTS).isEqualTo("max-age=" + 365 * 24 * 3600);
    }

    @Test
    void theCheckFailsOnAWrongNumber() throws IOException {
        String wrong = page().replace(LoginThrottle.FREE_TRIES + " tries, then", (LoginThrottle.FREE_TRIES + 1)
                + " tries, then");
        assertThat(wrong).doesNotContain(LoginThrottle.FREE_TRIES + " tries, then a wait");
    }
}
