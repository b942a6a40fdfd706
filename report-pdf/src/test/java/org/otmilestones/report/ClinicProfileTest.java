package org.otmilestones.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otmilestones.core.testing.BadImages;

class ClinicProfileTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsEveryKeyWithTheLogoRelativeToTheFile() throws Exception {
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/logo.png"), Samples.resource("clinic-logo.png"));
        Path file = write("clinic.properties", """
                # Our clinic
                name = Clínica Sol Pediatric Therapy
                address=12 Main Street\\nSpringfield, IL 62701
                phone=(555) 010-2030
                email=hello@sol.example
                website=sol.example
                logo=img/logo.png
                therapist=María Gómez, OTR/L
                closingMessage=We are glad to help.
                """);
        ClinicProfile p = ClinicProfile.load(file);
        assertThat(p.name()).contains("Clínica Sol Pediatric Therapy");
        assertThat(p.address()).contains("12 Main Street\nSpringfield, IL 62701");
        assertThat(p.phone()).contains("(555) 010-2030");
        assertThat(p.email()).contains("hello@sol.example");
        assertThat(p.website()).contains("sol.example");
        assertThat(p.therapist()).contains("María Gómez, OTR/L");
        assertThat(p.closingMessage().in("en")).contains("We are glad to help.");
        assertThat(p.closingMessage().in("es")).isEmpty();
        assertThat(p.logo()).hasValueSatisfying(l -> {
            assertThat(l.format()).isEqualTo(Logo.Format.PNG);
            assertThat(l.bytes()).isEqualTo(Samples.resource("clinic-logo.png"));
        });
    }

    @Test
    void anEmptyFileIsTheNeutralProfile() throws Exception {
        assertThat(ClinicProfile.load(write("empty.properties", "# nothing yet\n\n"))).isEqualTo(ClinicProfile.none());
        assertThat(ClinicProfile.none().isEmpty()).isTrue();
    }

    @Test
    void rejectsAnUnknownKeyWithItsLineAndTheKnownKeys() throws Exception {
        Path file = write("c.properties", "name=Sol\nphone_number=123\n");
        assertThatThrownBy(() -> ClinicProfile.load(file)).isInstanceOfSatisfying(ClinicProfileException.class, e -> {
            assertThat(e.line()).hasValue(2);
            assertThat(e.key()).contains("phone_number");
            assertThat(e.getMessage()).startsWith(file + ", line 2 (phone_number): unknown key")
                    .contains("language, name, address, phone, email, website, logo, therapist, closingMessage, "
                            + "closingMessage.en, closingMessage.es, earlyIntervention, earlyIntervention.en, "
                            + "earlyIntervention.es, schoolServices");
        });
    }

    @Test
    void rejectsALineWithoutEqualsSign() throws Exception {
        Path file = write("c.properties", "name=Sol\n\nSunrise clinic\n");
        assertThatThrownBy(() -> ClinicProfile.load(file)).isInstanceOfSatisfying(ClinicProfileException.class, e -> {
            assertThat(e.line()).hasValue(3);
            assertThat(e.problem()).contains("'Sunrise clinic'", "expected key=value");
        });
    }

    @Test
    void rejectsARepeatedKeyNamingTheFirstLine() throws Exception {
        Path file = write("c.properties", "name=Sol\nphone=1\nname=Luna\n");
        assertThatThrownBy(() -> ClinicProfile.load(file)).isInstanceOfSatisfying(ClinicProfileException.class, e -> {
            assertThat(e.line()).hasValue(3);
            assertThat(e.problem()).contains("given twice (first on line 1)");
        });
    }

    @Test
    void rejectsAnEmptyValueAndABadEmail() throws Exception {
        Path empty = write("a.properties", "name=\n");
        assertThatThrownBy(() -> ClinicProfile.load(empty)).hasMessageContaining("line 1 (name): has no value");
        Path email = write("b.properties", "email=hello at sol\n");
        assertThatThrownBy(() -> ClinicProfile.load(email)).hasMessageContaining("line 1 (email)")
                .hasMessageContaining("not an e-mail address");
    }

    @Test
    void eachValueMayBeAsLongAsItsCapAndNoLonger() throws Exception {
        java.util.Map<String, Integer> caps = java.util.Map.of("name", 80, "address", 160, "phone", 40, "therapist", 80,
                "closingMessage", 240, "closingMessage.es", 240, "schoolServices.es", 240);
        for (var cap : caps.entrySet()) {
            String atCap = cap.getKey() + "=" + "7".repeat(cap.getValue()) + "\n";
            assertThat(ClinicProfile.load(write("ok.properties", atCap))).as(cap.getKey()).isNotNull();
            Path over = write("over.properties", cap.getKey() + "=" + "7".repeat(cap.getValue() + 1) + "\n");
            assertThatThrownBy(() -> ClinicProfile.load(over)).as(cap.getKey())
                    .isInstanceOfSatisfying(ClinicProfileException.class, e -> {
                        assertThat(e.key()).contains(cap.getKey());
                        assertThat(e.problem()).contains((cap.getValue() + 1) + " characters long; expected at most "
                                + cap.getValue());
                    });
        }
        caps.forEach((key, max) -> assertThat(ClinicProfile.maxChars(key)).as(key).isEqualTo(max));
        assertThatThrownBy(() -> ClinicProfile.maxChars("phone_number")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("key must be one of");
        Path email = write("email.properties", "email=" + "a".repeat(90) + "@sol.example\n");
        assertThatThrownBy(() -> ClinicProfile.load(email)).hasMessageContaining("expected at most 100");
    }

    @Test
    void refusesALinkSchemeOtherThanHttpHttpsTelOrMailtoInTheWebsiteAndPhone() throws Exception {
        for (String bad : List.of("website=javascript:alert(1)", "website=JavaScript:alert(1)",
                "website=java\tscript:alert(1)", "phone=javascript:void(0)", "website=data:text/html,hi",
                "phone=vbscript:x", "website=file:///etc/passwd")) {
            Path file = write("bad.properties", "name=Sol\n" + bad + "\n");
            assertThatThrownBy(() -> ClinicProfile.load(file)).as(bad).isInstanceOf(ClinicProfileException.class)
                    .hasMessageContaining("line 2 (").hasMessageContaining("http, https, tel and mailto");
        }
        Path good = write("good.properties", "website=https://sol.example:8443/a\nphone=tel:+15550102030\n");
        assertThat(ClinicProfile.load(good).website()).contains("https://sol.example:8443/a");
        assertThat(ClinicProfile.load(write("port.properties", "website=sol.example:8080\n")).website())
                .contains("sol.example:8080");
        assertThatThrownBy(() -> ClinicProfile.none().withWebsite("javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("website");
    }

    @Test
    void rejectsAMissingLogoAndALogoThatIsNotAnImage() throws Exception {
        Path missing = write("a.properties", "name=Sol\nlogo=nope.png\n");
        assertThatThrownBy(() -> ClinicProfile.load(missing)).isInstanceOfSatisfying(ClinicProfileException.class,
                e -> {
                    assertThat(e.line()).hasValue(2);
                    assertThat(e.key()).contains("logo");
                    assertThat(e.problem()).contains("nope.png", "does not exist");
                });
        Files.writeString(dir.resolve("logo.gif"), "GIF89a not really");
        Path gif = write("b.properties", "logo=logo.gif\n");
        assertThatThrownBy(() -> ClinicProfile.load(gif)).hasMessageContaining("line 1 (logo)")
                .hasMessageContaining("is not a PNG or JPEG image");
    }

    private Path profileWithLogo(String name, byte[] image) throws IOException {
        Files.write(dir.resolve(name), image);
        return write(name + ".properties", "name=Sol\nlogo=" + name + "\n");
    }

    @Test
    void rejectsACutOffPngOrJpegLogoWhenTheProfileIsRead() throws Exception {
        for (String format : new String[] {"png", "jpeg"}) {
            Path profile = profileWithLogo("cut." + format, BadImages.truncated(format));

            assertThatThrownBy(() -> ClinicProfile.load(profile)).isInstanceOfSatisfying(ClinicProfileException.class,
                    e -> {
                        assertThat(e.line()).hasValue(2);
                        assertThat(e.key()).contains("logo");
                        assertThat(e.problem()).as(format).contains("cut." + format).contains("damaged");
                    });
        }
    }

    @Test
    void rejectsALogoWhoseHeaderPromisesAHugeImageWithoutDecodingIt() throws Exception {
        byte[] bomb = BadImages.pngBomb(20_000);
        assertThat(bomb.length).isLessThan(Logo.MAX_BYTES);
        Path profile = profileWithLogo("bomb.png", bomb);

        assertThatThrownBy(() -> ClinicProfile.load(profile)).isInstanceOfSatisfying(ClinicProfileException.class,
                e -> assertThat(e.problem()).contains("20000 x 20000 pixels").contains("at most 4000 x 4000"));
        assertThatThrownBy(() -> Logo.of(bomb)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20000 x 20000");
    }

    @Test
    void refusesADeviceAsALogoWithoutReadingIt() throws Exception {
        Path profile = write("device.properties", "name=Sol\nlogo=/dev/zero\n");

        assertThatThrownBy(() -> ClinicProfile.load(profile)).isInstanceOfSatisfying(ClinicProfileException.class,
                e -> assertThat(e.problem()).contains("/dev/zero is not a plain file"));
    }

    @Test
    void keepsASmallLogoByteForByteAndScalesALargePngDownOnce() throws Exception {
        byte[] small = Samples.resource("clinic-logo.png");
        assertThat(ClinicProfile.load(profileWithLogo("small.png", small)).logo().orElseThrow().bytes()).isEqualTo(small);

        byte[] large = BadImages.image("png", 3000, 1500, 2000);
        Logo logo = ClinicProfile.load(profileWithLogo("large.png", large)).logo().orElseThrow();
        java.awt.image.BufferedImage kept = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(logo.bytes()));
        assertThat(kept.getWidth()).isEqualTo(1000);
        assertThat(kept.getHeight()).isEqualTo(500);

        byte[] jpeg = BadImages.image("jpeg", 3000, 1500, 2000);
        assertThat(ClinicProfile.load(profileWithLogo("large.jpg", jpeg)).logo().orElseThrow().bytes()).isEqualTo(jpeg);
    }

    @Test
    void rejectsAFileThatIsNotUtf8NamingTheLine() throws Exception {
        Path file = dir.resolve("latin1.properties");
        Files.write(file, "name=Sol\ntherapist=Mar\u00eda\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ClinicProfile.load(file)).isInstanceOfSatisfying(ClinicProfileException.class, e -> {
            assertThat(e.line()).hasValue(2);
            assertThat(e.problem()).contains("not UTF-8");
        });
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = dir.resolve("nope.properties");
        assertThatThrownBy(() -> ClinicProfile.load(file)).isInstanceOf(ClinicProfileException.class)
                .hasMessageStartingWith(file + ": does not exist; check the path\n");
    }

    @Test
    void logoBytesAreCheckedAndCopied() {
        byte[] png = Samples.resource("clinic-logo.png");
        Logo logo = Logo.of(png);
        png[20] ^= 1;
        assertThat(logo.bytes()).isEqualTo(Samples.resource("clinic-logo.png"));
        assertThatThrownBy(() -> Logo.of(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PNG or JPEG");
    }

    @Test
    void readsTheClinicsOwnWordsForEarlyInterventionAndSchoolServicesPerLanguage() throws Exception {
        Path file = write("clinic.properties", """
                name=Sol
                earlyIntervention=In Illinois, call Child and Family Connections: (555) 010-4000.
                earlyIntervention.es=En Illinois, llame a Child and Family Connections: (555) 010-4000.
                schoolServices=Ask Springfield Schools for a free check: (555) 010-5000.
                """);
        ClinicProfile p = ClinicProfile.load(file);
        assertThat(p.earlyIntervention().in("en")).contains("In Illinois, call Child and Family Connections: (555) 010-4000.");
        assertThat(p.earlyIntervention().in("es")).contains("En Illinois, llame a Child and Family Connections: (555) 010-4000.");
        // A key without a language is in the profile's language (English here): never printed in a Spanish handout.
        assertThat(p.schoolServices().in("en")).contains("Ask Springfield Schools for a free check: (555) 010-5000.");
        assertThat(p.schoolServices().in("es")).isEmpty();
        assertThat(p.missingTexts("es")).containsExactly("schoolServices");
        assertThat(p.missingTexts("en")).isEmpty();
        assertThat(ClinicProfile.none().earlyIntervention().in("en")).isEmpty();
    }

    @Test
    void rejectsAServiceLineTooLongForThePageOneBoxAndALanguageWithoutHandoutTexts() throws Exception {
        Path tooLong = write("a.properties", "schoolServices=" + "Call us. ".repeat(30) + "\n");
        assertThatThrownBy(() -> ClinicProfile.load(tooLong)).isInstanceOfSatisfying(ClinicProfileException.class, e -> {
            assertThat(e.line()).hasValue(1);
            assertThat(e.key()).contains("schoolServices");
            assertThat(e.problem()).contains("expected at most 240");
        });
        Path french = write("b.properties", "earlyIntervention.fr=Appelez-nous.\n");
        assertThatThrownBy(() -> ClinicProfile.load(french)).isInstanceOfSatisfying(ClinicProfileException.class,
                e -> assertThat(e.problem()).contains("unknown key", "earlyIntervention.es"));
    }

    @Test
    void theHandoutNamesEarlyInterventionUnderThreeAndSchoolServicesFromThreeInTheClinicsWordsWhenGiven() {
        ClinicProfile clinic = Samples.clinic().withEarlyIntervention(ClinicText.of("Call Help Me Grow: (555) 010-4000."))
                .withSchoolServices(ClinicText.of("Ask Springfield Schools: (555) 010-5000."));
        Samples.Sample toddler = Samples.redFlag();
        Samples.Sample six = Samples.otEvaluation();
        assertThat(toddler.result().age().chronological().months()).isLessThan(36);
        assertThat(six.result().age().chronological().months()).isGreaterThanOrEqualTo(36);
        String small = String.join("\n", HandoutGuidanceTest.texts(Handouts.describe(toddler.result(), Samples.CATALOG,
                toddler.options().withClinic(clinic)).blocks()));
        String big = String.join("\n", HandoutGuidanceTest.texts(Handouts.describe(six.result(), Samples.CATALOG,
                six.options().withClinic(clinic)).blocks()));
        assertThat(small).contains("Call Help Me Grow: (555) 010-4000.").doesNotContain("Springfield Schools");
        assertThat(big).contains("Ask Springfield Schools: (555) 010-5000.").doesNotContain("Help Me Grow");
        // Without the clinic's words, a neutral line that names no country's program.
        String neutral = String.join("\n", HandoutGuidanceTest.texts(Handouts.describe(toddler.result(), Samples.CATALOG,
                toddler.options()).blocks()));
        assertThat(neutral).contains("In many places, early intervention services help children under 3.");
    }

    @Test
    void theLanguageKeySaysWhichLanguageTheTextsWithoutASuffixAreIn() throws Exception {
        ClinicProfile p = ClinicProfile.load(write("es.properties", """
                language=es
                closingMessage=Gracias por venir.
                closingMessage.en=Thank you for coming.
                schoolServices=Llame a la escuela.
                """));
        assertThat(p.closingMessage().in("es")).contains("Gracias por venir.");
        assertThat(p.closingMessage().in("en")).contains("Thank you for coming.");
        assertThat(p.missingTexts("en")).containsExactly("schoolServices");
        Path twice = write("twice.properties", "closingMessage=Hi.\ncloseX=1\n".replace("closeX=1", "closingMessage.en=Hello."));
        assertThatThrownBy(() -> ClinicProfile.load(twice)).isInstanceOfSatisfying(ClinicProfileException.class,
                e -> assertThat(e.problem()).contains("given twice for language 'en'", "line 2"));
        Path french = write("fr.properties", "language=fr\n");
        assertThatThrownBy(() -> ClinicProfile.load(french)).isInstanceOfSatisfying(ClinicProfileException.class,
                e -> assertThat(e.problem()).contains("'fr' is not a handout language", "en or es"));
    }

    @Test
    void aSpanishHandoutFromAnEnglishOnlyProfilePrintsNoEnglishClinicTextButNeutralSpanishWords() throws Exception {
        ClinicProfile english = ClinicProfile.load(write("en.properties", """
                name=Sunrise Pediatric Therapy
                phone=(555) 010-2030
                closingMessage=Thank you for sharing your child with us.
                earlyIntervention=In Illinois, call Child and Family Connections.
                schoolServices=Springfield Schools check children 3 and older for free.
                """));
        for (Samples.Sample s : List.of(Samples.redFlag(), Samples.otEvaluation(), Samples.toddlerMixed())) {
            ReportOptions spanish = s.options().withLanguage("es").withClinic(english);
            String text = String.join("\n", HandoutGuidanceTest.texts(Handouts.describe(s.result(), Samples.CATALOG,
                    spanish).blocks()));
            assertThat(text).as(s.name()).doesNotContain("Thank you", "In Illinois", "Springfield Schools")
                    .contains("Gracias por llenar la lista.");
            String englishText = String.join("\n", HandoutGuidanceTest.texts(Handouts.describe(s.result(),
                    Samples.CATALOG, s.options().withLanguage("en").withClinic(english)).blocks()));
            assertThat(englishText).as(s.name()).contains("Thank you for sharing your child with us.");
        }
    }

    @Test
    void oldCodeThatBuildsAProfileWithEightPartsStillWorks() {
        ClinicProfile p = new ClinicProfile(java.util.Optional.of("Sol"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
        assertThat(p.earlyIntervention().isEmpty()).isTrue();
        assertThat(p.withName("Luna").name()).contains("Luna");
        assertThat(new ReportOptions("en", Paper.A4, p).detail()).isEqualTo(Detail.PARENT);
    }

    @Test
    void theBundledExampleProfileReadsWithItsServiceLines() throws Exception {
        ClinicProfile p = ClinicProfile.load(Path.of("..", "examples", "clinic.properties"));
        assertThat(p.name()).contains("Sunrise Pediatric Therapy");
        assertThat(p.logo()).isPresent();
        assertThat(p.earlyIntervention().in("es")).hasValueSatisfying(t -> assertThat(t).startsWith("En Illinois"));
        assertThat(p.schoolServices().in("en")).isPresent();
    }
}
