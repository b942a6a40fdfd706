package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clinic page says which of the clinic's texts each handout language lacks, and takes a Spanish closing. */
class ClinicLanguagesTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpResponse<String> save(WebClient staff, String csrf, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf);
        form.put("name", "Sunrise Pediatric Therapy");
        form.putAll(fields);
        return staff.upload("/staff/clinic", form, "logo", "", new byte[0]);
    }

    @Test
    void anEnglishOnlyClosingMessageIsNamedOnTheClinicPageUntilItHasASpanishOne() {
        WebClient staff = server.client();
        String csrf = staff.login(TestServer.PASSWORD);
        String empty = staff.get("/staff/clinic").body();
        assertThat(empty).doesNotContain("Handouts in Spanish");
        // The form stops where the profile reader would refuse: the name at 80 characters, the closing at 240.
        assertThat(empty).contains("name=\"name\" type=\"text\" maxlength=\"80\"",
                "name=\"closingMessage.es\" rows=\"3\" maxlength=\"240\"");

        assertThat(save(staff, csrf, Map.of("closingMessage", "Thank you for coming.")).statusCode()).isEqualTo(303);
        assertThat(staff.get("/staff/clinic").body()).contains("Handouts in Spanish have no closingMessage");

        assertThat(save(staff, csrf, Map.of("closingMessage", "Thank you for coming.", "closingMessage.es",
                "Gracias por venir.")).statusCode()).isEqualTo(303);
        String page = staff.get("/staff/clinic").body();
        assertThat(page).doesNotContain("Handouts in Spanish").contains("Gracias por venir.");
    }
}
