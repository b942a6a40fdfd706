package org.otmilestones.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The clinic a handout comes from: its name, contact details, logo, therapist and a closing
 * message; every part is optional, and {@link #none()} gives the calm neutral design.
 *
 * <p>Clinics write it as a small UTF-8 {@code .properties} file read by {@link #load(Path)}:
 * <pre>
 * # clinic.properties
 * name=Sunrise Pediatric Therapy
 * address=12 Main Street\nSpringfield, IL 62701
 * phone=(555) 010-2030
 * email=hello@sunrise-therapy.example
 * website=sunrise-therapy.example
 * logo=sunrise-logo.png
 * therapist=Maria Gómez, OTR/L
 * closingMessage=Thank you for filling in the checklist. We are glad to help.
 * earlyIntervention=In Illinois, call Child and Family Connections: (555) 010-4000.
 * earlyIntervention.es=En Illinois, llame a Child and Family Connections: (555) 010-4000.
 * schoolServices=Ask Springfield Schools for a free check: (555) 010-5000.
 * </pre>
 * Keys are the ones above; {@code logo} is a PNG or JPEG path relative to the profile file;
 * {@code \n} in a value starts a new line. {@code earlyIntervention} and {@code schoolServices}
 * replace the handout's neutral line about where families of children under 3, and of 3 and older,
 * can also get help; a {@code .en} or {@code .es} key gives the text for handouts in that language.
 *
 * @param name the clinic's name
 * @param address the postal address; lines separated by {@code \n}
 * @param phone the phone number
 * @param email the e-mail address
 * @param website the website
 * @param logo the logo
 * @param therapist the therapist's name and credentials
 * @param closingMessage a short message after "At a glance", per language or for every language
 * @param earlyIntervention where families of children under 3 can also get help, replacing the neutral line
 * @param schoolServices where families of children 3 and older can also get help, replacing the neutral line
 */
public record ClinicProfile(Optional<String> name, Optional<String> address, Optional<String> phone,
        Optional<String> email, Optional<String> website, Optional<Logo> logo, Optional<String> therapist,
        ClinicText closingMessage, ClinicText earlyIntervention, ClinicText schoolServices) {

    private static final ClinicProfile NONE = new ClinicProfile(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ClinicText.none(), ClinicText.none(),
            ClinicText.none());

    public ClinicProfile {
        name = clean(name, "name");
        address = clean(address, "address");
        phone = linkable(clean(phone, "phone"), "phone");
        email = clean(email, "email");
        website = linkable(clean(website, "website"), "website");
        Objects.requireNonNull(logo, "logo");
        therapist = clean(therapist, "therapist");
        Objects.requireNonNull(closingMessage, "closingMessage");
        Objects.requireNonNull(earlyIntervention, "earlyIntervention");
        Objects.requireNonNull(schoolServices, "schoolServices");
    }

    /** A profile without the clinic's own wording for early intervention and school services. */
    public ClinicProfile(Optional<String> name, Optional<String> address, Optional<String> phone,
            Optional<String> email, Optional<String> website, Optional<Logo> logo, Optional<String> therapist,
            Optional<String> closingMessage) {
        this(name, address, phone, email, website, logo, therapist,
                Objects.requireNonNull(closingMessage, "closingMessage").map(ClinicText::of).orElse(ClinicText.none()),
                ClinicText.none(), ClinicText.none());
    }

    private static Optional<String> clean(Optional<String> value, String parameter) {
        Objects.requireNonNull(value, parameter);
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The only link schemes a phone or website may start with; any other (javascript:, data:, file:...) is refused. */
    static final java.util.Set<String> SAFE_SCHEMES = java.util.Set.of("http", "https", "tel", "mailto");

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile(
            "^([A-Za-z][A-Za-z0-9+.-]*):(?![0-9])");

    /**
     * The scheme a value starts with, if it names one other than {@link #SAFE_SCHEMES}: the web page and the HTML
     * handout may turn a phone or website into a link. Spaces and control characters inside are ignored, as
     * browsers ignore them ("java script:"); "host:8080" is a port, not a scheme.
     */
    static Optional<String> unsafeScheme(String value) {
        String squeezed = value.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                        && Character.getType(cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        java.util.regex.Matcher m = SCHEME.matcher(squeezed);
        if (m.find() && !SAFE_SCHEMES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<String> linkable(Optional<String> value, String parameter) {
        value.flatMap(ClinicProfile::unsafeScheme).ifPresent(scheme -> {
            throw new IllegalArgumentException(parameter + " must not start with the link scheme '" + scheme
                    + ":'; only http, https, tel and mailto are allowed");
        });
        return value;
    }

    /**
     * The longest value the profile file takes for a key, in characters (a key with a language suffix, such as
     * {@code closingMessage.es}, as the key without); a form can stop there.
     *
     * @throws IllegalArgumentException if {@code key} is not a key of the profile file
     */
    public static int maxChars(String key) {
        Objects.requireNonNull(key, "key");
        if (!ClinicProfileReader.KEYS.contains(key)) {
            throw new IllegalArgumentException("key must be one of " + ClinicProfileReader.KEYS + ", was " + key);
        }
        String base = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        return ClinicProfileReader.MAX_CHARS.getOrDefault(base, ClinicProfileReader.MAX_SERVICE_CHARS);
    }

    /** No clinic details: the handout uses its calm neutral design. */
    public static ClinicProfile none() {
        return NONE;
    }

    /**
     * Reads a clinic profile file (UTF-8 {@code .properties}; see the class comment for the keys).
     *
     * @throws ClinicProfileException when the file is missing, not UTF-8, has an unknown or repeated
     *         key, a line without {@code =}, or a logo that is missing or not PNG/JPEG; the message
     *         names the file, line and key
     */
    public static ClinicProfile load(Path file) throws ClinicProfileException {
        return ClinicProfileReader.read(Objects.requireNonNull(file, "file"));
    }

    /** True when no part is given. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** This profile with a clinic name. */
    public ClinicProfile withName(String value) {
        return new ClinicProfile(Optional.ofNullable(value), address, phone, email, website, logo, therapist,
                closingMessage, earlyIntervention, schoolServices);
    }

    /** This profile with a postal address; separate lines with a line break. */
    public ClinicProfile withAddress(String value) {
        return new ClinicProfile(name, Optional.ofNullable(value), phone, email, website, logo, therapist,
                closingMessage, earlyIntervention, schoolServices);
    }

    /** This profile with a phone number. */
    public ClinicProfile withPhone(String value) {
        return new ClinicProfile(name, address, Optional.ofNullable(value), email, website, logo, therapist,
                closingMessage, earlyIntervention, schoolServices);
    }

    /** This profile with an e-mail address. */
    public ClinicProfile withEmail(String value) {
        return new ClinicProfile(name, address, phone, Optional.ofNullable(value), website, logo, therapist,
                closingMessage, earlyIntervention, schoolServices);
    }

    /** This profile with a website. */
    public ClinicProfile withWebsite(String value) {
        return new ClinicProfile(name, address, phone, email, Optional.ofNullable(value), logo, therapist,
                closingMessage, earlyIntervention, schoolServices);
    }

    /** This profile with a logo. */
    public ClinicProfile withLogo(Logo value) {
        return new ClinicProfile(name, address, phone, email, website, Optional.ofNullable(value), therapist,
                closingMessage, earlyIntervention, schoolServices);
    }

    /** This profile with a therapist. */
    public ClinicProfile withTherapist(String value) {
        return new ClinicProfile(name, address, phone, email, website, logo, Optional.ofNullable(value),
                closingMessage, earlyIntervention, schoolServices);
    }

    /** This profile with one closing message for handouts in every language. */
    public ClinicProfile withClosingMessage(String value) {
        return withClosingMessage(value == null ? ClinicText.none() : ClinicText.of(value));
    }

    /** This profile with a closing message, per language or for every language. */
    public ClinicProfile withClosingMessage(ClinicText value) {
        return new ClinicProfile(name, address, phone, email, website, logo, therapist,
                Objects.requireNonNull(value, "value"), earlyIntervention, schoolServices);
    }

    /**
     * The clinic's texts that this profile has in some language but not in this one, by their keys in the
     * profile file ("closingMessage", "schoolServices"): a handout in that language prints neutral words there.
     */
    public java.util.List<String> missingTexts(String language) {
        Objects.requireNonNull(language, "language");
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.Map<String, ClinicText> texts = new java.util.LinkedHashMap<>();
        texts.put("closingMessage", closingMessage);
        texts.put("earlyIntervention", earlyIntervention);
        texts.put("schoolServices", schoolServices);
        texts.forEach((key, text) -> {
            if (!text.isEmpty() && text.in(language).isEmpty()) {
                missing.add(key);
            }
        });
        return java.util.List.copyOf(missing);
    }

    /** This profile with the clinic's own line about early intervention services (children under 3). */
    public ClinicProfile withEarlyIntervention(ClinicText value) {
        return new ClinicProfile(name, address, phone, email, website, logo, therapist, closingMessage,
                Objects.requireNonNull(value, "value"), schoolServices);
    }

    /** This profile with the clinic's own line about school services (children 3 and older). */
    public ClinicProfile withSchoolServices(ClinicText value) {
        return new ClinicProfile(name, address, phone, email, website, logo, therapist, closingMessage,
                earlyIntervention, Objects.requireNonNull(value, "value"));
    }
}
