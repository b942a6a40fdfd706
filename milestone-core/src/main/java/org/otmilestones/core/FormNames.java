package org.otmilestones.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The short variable name of every catalog question, the same in every generated form (REDCap field names,
 * XLSForm names) so the import recognises a tool's export by them: lower-case letters, digits and
 * underscores, starting with a letter, at most {@value #MAX_LENGTH} characters as REDCap recommends.
 *
 * <p>A name is derived from the question id alone, so it stays the same when other questions are added:
 * {@code fine_motor-19-24m-tower_4} becomes {@code fm_19_24m_tower_4} (a first part of several words is
 * shortened to its initials); a name still too long is cut and ends with four characters of a checksum of
 * the id. Immutable.
 */
public final class FormNames {

    /** The longest name: REDCap recommends 26 characters at most, so exports to statistics programs keep them. */
    public static final int MAX_LENGTH = 26;

    /**
     * The name of the calculated age field in REDCap and XLSForm forms with a section per checkpoint; the
     * import knows it is not a question.
     */
    public static final String AGE_MONTHS = "otm_age_months";

    private static final int HASH_LENGTH = 4;

    private final Map<String, String> byQuestionId;
    private final Map<String, String> questionIdByName;

    private FormNames(Map<String, String> byQuestionId) {
        this.byQuestionId = Collections.unmodifiableMap(byQuestionId);
        Map<String, String> reverse = new HashMap<>();
        byQuestionId.forEach((id, name) -> reverse.put(name, id));
        this.questionIdByName = Collections.unmodifiableMap(reverse);
    }

    /**
     * The names of every milestone, general question and sensory sign of a catalog.
     *
     * @throws IllegalArgumentException when two questions' ids give the same name even with their checksums
     */
    public static FormNames of(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        List<String> ids = new ArrayList<>();
        catalog.milestones().stream().map(Milestone::id).forEach(ids::add);
        catalog.generalQuestions().stream().map(GeneralQuestion::id).forEach(ids::add);
        catalog.sensorySigns().signs().stream().map(SensorySign::id).forEach(ids::add);
        Map<String, List<String>> idsByName = new LinkedHashMap<>();
        for (String id : ids) {
            idsByName.computeIfAbsent(derive(id), n -> new ArrayList<>()).add(id);
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> taken = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : idsByName.entrySet()) {
            for (String id : entry.getValue()) {
                // Ids that fold to one name (a-b and a_b) each get their checksum; it depends on the id alone.
                String name = entry.getValue().size() == 1 ? entry.getKey() : withHash(entry.getKey(), id);
                String other = taken.putIfAbsent(name, id);
                if (other != null) {
                    throw new IllegalArgumentException("questions '" + other + "' and '" + id
                            + "' get the same form variable name '" + name + "'; give one of them another id");
                }
                names.put(id, name);
            }
        }
        return new FormNames(names);
    }

    /** The name of a question of the catalog. */
    public String name(String questionId) {
        String name = byQuestionId.get(questionId);
        if (name == null) {
            throw new IllegalArgumentException("questionId '" + questionId + "' is not a question of the catalog");
        }
        return name;
    }

    /** The question a variable name stands for, ignoring case. */
    public Optional<String> questionId(String variableName) {
        return variableName == null ? Optional.empty()
                : Optional.ofNullable(questionIdByName.get(variableName.strip().toLowerCase(Locale.ROOT)));
    }

    /** Every question id with its name, in catalog order (milestones, then general questions). */
    public Map<String, String> all() {
        return byQuestionId;
    }

    /** The name of one id, before any clash with another id is settled. */
    static String derive(String id) {
        Objects.requireNonNull(id, "id");
        String name = sanitize(id);
        int dash = id.indexOf('-');
        if (dash > 0) {
            String[] words = sanitize(id.substring(0, dash)).split("_");
            if (words.length > 1) {
                StringBuilder initials = new StringBuilder();
                for (String word : words) {
                    initials.append(word.charAt(0));
                }
                name = sanitize(initials + "_" + id.substring(dash + 1));
            }
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = sanitize("q_" + name);
        }
        return name.length() <= MAX_LENGTH ? name : withHash(name, id);
    }

    private static String withHash(String name, String id) {
        String cut = name.substring(0, Math.min(name.length(), MAX_LENGTH - HASH_LENGTH - 1));
        while (cut.endsWith("_")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "_" + hash(id);
    }

    /** Four letters or digits from a checksum of the id. */
    private static String hash(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String base36 = Long.toString(crc.getValue(), 36);
        while (base36.length() < HASH_LENGTH) {
            base36 = "0" + base36;
        }
        return base36.substring(base36.length() - HASH_LENGTH);
    }

    /**
     * A name part from any text: lower case, every run of other characters than letters and digits one
     * underscore, none at the ends (for choice-list and section names in the generated forms).
     */
    public static String sanitize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append('_');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
