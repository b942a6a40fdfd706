package org.otmilestones.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.otmilestones.report.ClinicProfile;
import org.otmilestones.report.ClinicProfileException;
import org.otmilestones.report.Logo;
import org.otmilestones.report.Paper;
import org.otmilestones.report.ReportOptions;

/**
 * The clinic profile and the page's settings, kept in the database. The profile is checked and read by
 * the same reader as {@code otm report --clinic}: the form's values are written as a clinic.properties
 * file (with the logo beside it) in a private folder and read back with {@link ClinicProfile#load}.
 */
final class ClinicSettings {

    /** A profile key the form edits. */
    record Key(String key, String label, boolean multiLine, String help) {
    }

    /** The keys of the clinic profile file that the form shows, in its order. */
    static final List<Key> KEYS = List.of(
            new Key("name", "Clinic name", false, ""),
            new Key("phone", "Phone", false, "The number families call; the handout shows it."),
            new Key("address", "Address", true, ""),
            new Key("email", "E-mail", false, ""),
            new Key("website", "Website", false, ""),
            new Key("therapist", "Therapist", false, "Name and credentials, for example Maria Gómez, OTR/L"),
            new Key("closingMessage", "Closing message", true, "A short message at the end of the handout."),
            new Key("closingMessage.es", "Closing message in Spanish", true,
                    "For handouts in Spanish. Without it, they print a neutral thank-you in Spanish."));

    /**
     * What the pages use, read once per change.
     *
     * @param cleanupDays unfinished checklists started more than this many days ago are deleted
     *        automatically; empty: never
     */
    record Snapshot(ClinicProfile profile, Map<String, String> fields, boolean hasLogo, boolean showHandout,
            Paper paper, Optional<Integer> cleanupDays) {
        ReportOptions options() {
            return ReportOptions.defaults().withPaper(paper).withClinic(profile);
        }
    }

    private final Settings settings;
    private final Path dataDir;
    private volatile Snapshot current;

    ClinicSettings(Settings settings, Path dataDir) throws SQLException {
        this.settings = settings;
        this.dataDir = dataDir;
        this.current = read();
    }

    Snapshot current() {
        return current;
    }

    /**
     * Checks and saves the form's values; returns the problems found (and saves nothing) when the
     * profile reader refuses them.
     */
    List<String> save(Map<String, String> fields, Optional<byte[]> newLogo, boolean removeLogo, boolean showHandout,
            Paper paper, Optional<Integer> cleanupDays) throws SQLException {
        Optional<byte[]> logo = removeLogo ? Optional.empty() : newLogo.or(() -> {
            try {
                return settings.bytes(Settings.LOGO);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> problems = new ArrayList<>(linkProblems(fields));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (newLogo.isPresent() && !removeLogo && !isPng(newLogo.get()) && !isJpeg(newLogo.get())) {
            problems.add("The logo must be a PNG or JPEG image; save it as PNG or JPEG and choose it again.");
            return problems;
        }
        if (newLogo.isPresent() && newLogo.get().length > Logo.MAX_BYTES) {
            problems.add("The logo is larger than " + Logo.MAX_BYTES / (1024 * 1024) + " MB; choose a smaller image.");
            return problems;
        }
        try {
            load(fields, logo);
        } catch (ClinicProfileException e) {
            problems.add(describe(e));
            return problems;
        } catch (IOException e) {
            problems.add("The profile could not be checked (" + e.getClass().getSimpleName() + "); try again.");
            return problems;
        }
        Map<String, byte[]> values = new HashMap<>();
        List<String> removed = new ArrayList<>();
        for (Key key : KEYS) {
            String value = fields.getOrDefault(key.key(), "").strip();
            if (value.isEmpty()) {
                removed.add(Settings.CLINIC_PREFIX + key.key());
            } else {
                values.put(Settings.CLINIC_PREFIX + key.key(), value.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (logo.isPresent()) {
            values.put(Settings.LOGO, logo.get());
        } else {
            removed.add(Settings.LOGO);
        }
        values.put(Settings.SHOW_HANDOUT, String.valueOf(showHandout).getBytes(StandardCharsets.UTF_8));
        values.put(Settings.PAPER, paper.name().getBytes(StandardCharsets.UTF_8));
        if (cleanupDays.isPresent()) {
            values.put(Settings.CLEANUP_DAYS, String.valueOf(cleanupDays.get()).getBytes(StandardCharsets.UTF_8));
        } else {
            removed.add(Settings.CLEANUP_DAYS);
        }
        settings.putAll(values, removed);
        current = read();
        return problems;
    }

    private Snapshot read() throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>(settings.texts(Settings.CLINIC_PREFIX));
        Optional<byte[]> logo = settings.bytes(Settings.LOGO);
        boolean show = settings.text(Settings.SHOW_HANDOUT).map(Boolean::parseBoolean).orElse(false);
        Paper paper = settings.text(Settings.PAPER).map(Paper::valueOf).orElse(Paper.LETTER);
        Optional<Integer> cleanupDays = settings.text(Settings.CLEANUP_DAYS).filter(d -> d.matches("\\d{1,4}"))
                .map(Integer::parseInt);
        ClinicProfile profile;
        try {
            profile = load(fields, logo);
        } catch (ClinicProfileException | IOException e) {
            // Saved values passed the same check; only a change in the reader's rules gets here.
            profile = ClinicProfile.none();
        }
        return new Snapshot(profile, Map.copyOf(fields), logo.isPresent(), show, paper, cleanupDays);
    }

    /** Reads the values through the clinic profile file reader, so the page and the command line agree. */
    private ClinicProfile load(Map<String, String> fields, Optional<byte[]> logo) throws ClinicProfileException, IOException {
        if (fields.values().stream().allMatch(String::isBlank) && logo.isEmpty()) {
            return ClinicProfile.none();
        }
        Path dir = Files.createTempDirectory(DataFolder.uploads(dataDir), "profile-");
        try {
            StringBuilder file = new StringBuilder();
            for (Key key : KEYS) {
                String value = fields.getOrDefault(key.key(), "").strip();
                if (!value.isEmpty()) {
                    // The file is line based: a line break in a value is written as \n, as the format says.
                    file.append(key.key()).append('=').append(value.replace("\r\n", "\n").replace('\r', '\n')
                            .replace("\n", "\\n")).append('\n');
                }
            }
            if (logo.isPresent()) {
                String name = isPng(logo.get()) ? "logo.png" : "logo.jpg";
                Path logoFile = dir.resolve(name);
                Files.write(logoFile, logo.get());
                file.append("logo=").append(name).append('\n');
            }
            Path properties = dir.resolve("clinic.properties");
            Files.writeString(properties, file, StandardCharsets.UTF_8);
            return ClinicProfile.load(properties);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The website may be a web address only (http or https, or a name without a scheme, as the handout
     * prints it), and the phone a number: no {@code javascript:}, {@code data:} or other link a page
     * could one day turn into a click that runs something.
     */
    static List<String> linkProblems(Map<String, String> fields) {
        List<String> problems = new ArrayList<>();
        String website = fields.getOrDefault("website", "").strip();
        if (!website.isEmpty()) {
            String lower = website.toLowerCase(java.util.Locale.ROOT);
            boolean scheme = lower.matches("^[a-z][a-z0-9+.-]*:.*");
            boolean web = lower.matches("^https?://[^\\s/?#]+\\.[^\\s]*") || !scheme && lower.matches("^[^\\s:/]+\\.[^\\s:]+");
            if (!web) {
                problems.add("Not saved. Website: write a web address, such as https://www.sunrise-therapy.example or"
                        + " sunrise-therapy.example (only http and https addresses).");
            }
        }
        String phone = fields.getOrDefault("phone", "").strip();
        if (!phone.isEmpty() && (!phone.matches("[0-9+()./ #*xXtTeE-]+") || phone.chars().noneMatch(Character::isDigit))) {
            problems.add("Not saved. Phone: write the number only, such as (555) 010-2030 or +1 555 010 2030 ext. 12.");
        }
        return problems;
    }

    /** The reader's problem, named by the form's field rather than the private file's line. */
    private static String describe(ClinicProfileException e) {
        String field = e.key().flatMap(k -> KEYS.stream().filter(key -> key.key().equals(k)).findFirst())
                .map(Key::label).orElse(e.key().orElse("The profile"));
        return "Not saved. " + field + ": " + e.problem();
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }
}
