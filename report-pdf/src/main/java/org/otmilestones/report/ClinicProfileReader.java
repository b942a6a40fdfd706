package org.otmilestones.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the clinic profile file by hand rather than with {@link java.util.Properties}, which
 * forgets line numbers, accepts repeated keys silently and reads ISO-8859-1 escapes.
 */
final class ClinicProfileReader {

    /** The keys of the clinic's own wording for where else families can get help, each also with a language suffix. */
    static final List<String> SERVICE_KEYS = List.of("earlyIntervention", "schoolServices");
    /** The clinic's texts, which a handout prints only in their own language: each also with a language suffix. */
    static final List<String> TEXT_KEYS = List.of("closingMessage", "earlyIntervention", "schoolServices");
    static final List<String> KEYS = keys();
    private static final int MAX_FILE_BYTES = 64 * 1024;
    /**
     * The longest value of each key, in characters (a key with a language suffix as its key without): short
     * enough that the banner, the page-1 box and the closing note stay a few lines each.
     */
    static final Map<String, Integer> MAX_CHARS = Map.of("language", 2, "name", 80, "address", 160, "phone", 40,
            "email", 100, "website", 100, "logo", 255, "therapist", 80, "closingMessage", 240);
    /** A service line sits in the page-1 box, which must stay on page 1: about three lines of text. */
    static final int MAX_SERVICE_CHARS = 240;

    private static List<String> keys() {
        List<String> keys = new java.util.ArrayList<>(List.of("language", "name", "address", "phone", "email",
                "website", "logo", "therapist"));
        for (String key : TEXT_KEYS) {
            keys.add(key);
            Messages.LANGUAGES.stream().sorted().forEach(language -> keys.add(key + "." + language));
        }
        return List.copyOf(keys);
    }

    private ClinicProfileReader() {
    }

    static ClinicProfile read(Path file) throws ClinicProfileException {
        String shown = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ClinicProfileException(shown, 0, null, "is larger than " + MAX_FILE_BYTES / 1024
                        + " KB; expected a small text file with one key=value per line");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ClinicProfileException(shown, 0, null, "does not exist; check the path");
        } catch (IOException e) {
            throw new ClinicProfileException(shown, 0, null, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String text = decode(bytes, shown);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new ClinicProfileException(shown, lineNumber, null, "found '" + abbreviate(line)
                        + "'; expected key=value, for example name=Sunrise Pediatric Therapy");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip().replace("\\n", "\n");
            if (!KEYS.contains(key)) {
                throw new ClinicProfileException(shown, lineNumber, key, "unknown key; expected one of "
                        + String.join(", ", KEYS) + " (keys are case-sensitive)");
            }
            if (values.containsKey(key)) {
                throw new ClinicProfileException(shown, lineNumber, key, "is given twice (first on line "
                        + lineOf.get(key) + "); keep one");
            }
            if (value.isEmpty()) {
                throw new ClinicProfileException(shown, lineNumber, key, "has no value; give one or delete the line");
            }
            int max = MAX_CHARS.getOrDefault(key.contains(".") ? key.substring(0, key.indexOf('.')) : key,
                    MAX_SERVICE_CHARS);
            if (value.length() > max && !isServiceKey(key)) {
                throw new ClinicProfileException(shown, lineNumber, key, "is " + value.length()
                        + " characters long; expected at most " + max);
            }
            if (isServiceKey(key) && value.length() > MAX_SERVICE_CHARS) {
                throw new ClinicProfileException(shown, lineNumber, key, "is " + value.length()
                        + " characters long; expected at most " + MAX_SERVICE_CHARS
                        + " (one or two short sentences, such as who to call and their phone number)");
            }
            if (key.equals("language") && !Messages.LANGUAGES.contains(value)) {
                throw new ClinicProfileException(shown, lineNumber, key, "'" + value + "' is not a handout language;"
                        + " expected " + String.join(" or ", Messages.LANGUAGES.stream().sorted().toList())
                        + " (the language the texts without a language suffix are written in)");
            }
            if (key.equals("email") && !value.matches("[^@\\s]+@[^@\\s]+")) {
                throw new ClinicProfileException(shown, lineNumber, key, "'" + value
                        + "' is not an e-mail address; expected something like hello@clinic.example");
            }
            if (key.equals("website") || key.equals("phone")) {
                java.util.Optional<String> scheme = ClinicProfile.unsafeScheme(value);
                if (scheme.isPresent()) {
                    throw new ClinicProfileException(shown, lineNumber, key, "starts with '" + scheme.get()
                            + ":', which a link must not use; write the address (sunrise-therapy.example or "
                            + "https://...) or the number only (http, https, tel and mailto are allowed)");
                }
            }
            values.put(key, value);
            lineOf.put(key, lineNumber);
        }
        ClinicProfile profile = ClinicProfile.none()
                .withName(values.get("name"))
                .withAddress(values.get("address"))
                .withPhone(values.get("phone"))
                .withEmail(values.get("email"))
                .withWebsite(values.get("website"))
                .withTherapist(values.get("therapist"))
                .withClosingMessage(text(values, lineOf, "closingMessage", shown))
                .withEarlyIntervention(text(values, lineOf, "earlyIntervention", shown))
                .withSchoolServices(text(values, lineOf, "schoolServices", shown));
        if (values.containsKey("logo")) {
            profile = profile.withLogo(readLogo(file, values.get("logo"), lineOf.get("logo")));
        }
        return profile;
    }

    private static boolean isServiceKey(String key) {
        int dot = key.indexOf('.');
        return SERVICE_KEYS.contains(dot < 0 ? key : key.substring(0, dot));
    }

    /**
     * A clinic text by language: a key without a suffix is in the profile's {@code language} (English unless
     * it says otherwise), never a text for every language, so a Spanish handout never prints an English text.
     */
    private static ClinicText text(Map<String, String> values, Map<String, Integer> lineOf, String key, String shown)
            throws ClinicProfileException {
        String profileLanguage = values.getOrDefault("language", "en");
        ClinicText text = ClinicText.none();
        for (String language : Messages.LANGUAGES.stream().sorted().toList()) {
            String own = values.get(key + "." + language);
            if (own != null) {
                text = text.with(language, own);
            }
        }
        String plain = values.get(key);
        if (plain != null) {
            if (text.byLanguage().containsKey(profileLanguage)) {
                throw new ClinicProfileException(shown, lineOf.get(key), key, "is given twice for language '"
                        + profileLanguage + "' (also as " + key + "." + profileLanguage + " on line "
                        + lineOf.get(key + "." + profileLanguage) + "); keep one");
            }
            text = text.with(profileLanguage, plain);
        }
        return text;
    }

    private static Logo readLogo(Path profile, String value, int line) throws ClinicProfileException {
        String shown = profile.toString();
        Path base = profile.toAbsolutePath().getParent();
        Path logo = base == null ? Path.of(value) : base.resolve(value);
        byte[] bytes;
        try {
            if (!Files.exists(logo)) {
                throw new ClinicProfileException(shown, line, "logo", "the file " + logo
                        + " does not exist; expected a PNG or JPEG path relative to the profile file");
            }
            if (!Files.isRegularFile(logo)) {
                // A pipe or a device is never opened, so it cannot hang the run or fill the memory.
                throw new ClinicProfileException(shown, line, "logo", logo + " is not a plain file (it is a folder,"
                        + " a pipe or a device); expected a PNG or JPEG path relative to the profile file");
            }
            if (Files.size(logo) > Logo.MAX_BYTES) {
                throw new ClinicProfileException(shown, line, "logo", "the file " + logo + " is larger than "
                        + Logo.MAX_BYTES / (1024 * 1024) + " MB; expected a small PNG or JPEG");
            }
            try (var in = Files.newInputStream(logo)) {
                bytes = in.readNBytes(Logo.MAX_BYTES + 1);
            }
            if (bytes.length > Logo.MAX_BYTES) {
                throw new ClinicProfileException(shown, line, "logo", "the file " + logo + " is larger than "
                        + Logo.MAX_BYTES / (1024 * 1024) + " MB; expected a small PNG or JPEG");
            }
        } catch (IOException e) {
            throw new ClinicProfileException(shown, line, "logo", "the file " + logo + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length == 0 || Logo.sniff(bytes).isEmpty()) {
            throw new ClinicProfileException(shown, line, "logo", "the file " + logo
                    + " is not a PNG or JPEG image; save the logo as PNG or JPEG");
        }
        try {
            return Logo.of(LogoImages.check(bytes, Logo.sniff(bytes).orElseThrow()));
        } catch (LogoImages.BadImage e) {
            throw new ClinicProfileException(shown, line, "logo", "the file " + logo + " " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes, String shown) throws ClinicProfileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ClinicProfileException(shown, firstBadLine(bytes), null,
                    "is not UTF-8 text; save the file as UTF-8");
        }
    }

    private static int firstBadLine(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
