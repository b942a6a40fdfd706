package org.otmilestones.survey;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.otmilestones.core.Answer;

/**
 * Turns a cell into an {@link Answer}: a column's own spellings first, then the mapping's, then the English
 * and Spanish spellings every export may use. A cell is an answer only as spelled: after trimming and Unicode
 * NFC only case and runs of spaces do not count, so "-1", "+1", "=1" or a full-width "１" is no answer.
 */
final class AnswerSpellings {

    private static final Map<String, Answer> BUILT_IN = new LinkedHashMap<>();
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A numeric code as survey tools write them (REDCap's 1 to 4). */
    private static final Pattern CODE = Pattern.compile("[0-9]+");

    static {
        put(Answer.YES, "yes", "y", "true", "1", "yes, often", "yes often", "sí", "si", "sí, a menudo",
                "si, a menudo");
        put(Answer.SOMETIMES, "sometimes", "a veces", "some times", "algunas veces");
        // not_yet and not_sure are also the choice names of our XLSForm, which KoBoToolbox and ODK export.
        put(Answer.NOT_YET, "not yet", "not_yet", "no", "n", "false", "0", "todavía no", "todavia no", "aún no", "aun no",
                "no todavía", "no todavia");
        put(Answer.NOT_SURE, "not sure", "not_sure", "unsure", "don't know", "don\u2019t know", "do not know", "no estoy seguro",
                "no estoy segura", "no estoy seguro/a", "no está seguro", "no está segura", "no esta seguro",
                "no esta segura", "no sé", "no se", "no lo sé", "no lo se");
    }

    /** The built-in spellings that are codes: a column or mapping with codes of its own does not take them. */
    private static final java.util.Set<String> BUILT_IN_CODES = java.util.Set.of("1", "0");

    private static final int SHOWN_CUSTOM_SPELLINGS = 12;

    private final Map<String, Answer> column;
    private final Map<String, Answer> mapping;
    private final String accepted;
    private final boolean hasCodes;
    private final String codes;

    AnswerSpellings(Map<String, Answer> column, Map<String, Answer> mapping) {
        this.column = keyed(column);
        this.mapping = keyed(mapping);
        this.accepted = accepted(column, mapping);
        List<String> codeList = new ArrayList<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Map<String, Answer> spellings : List.of(column, mapping)) {
            spellings.forEach((text, answer) -> {
                if (CODE.matcher(text.strip()).matches() && listed.add(text.strip())) {
                    codeList.add(text.strip() + " (" + answerName(answer) + ")");
                }
            });
        }
        this.hasCodes = !codeList.isEmpty();
        this.codes = String.join(", ", codeList);
    }

    private static void put(Answer answer, String... spellings) {
        for (String spelling : spellings) {
            BUILT_IN.put(spelling(spelling), answer);
        }
    }

    private static Map<String, Answer> keyed(Map<String, Answer> spellings) {
        Map<String, Answer> keyed = new HashMap<>();
        spellings.forEach((text, answer) -> keyed.put(spelling(text), answer));
        return keyed;
    }

    /** The comparison key: lower case, no accents, words separated by one space. */
    static String key(String text) {
        String ascii = asciiKey(text);
        if (ascii != null) {
            return ascii;
        }
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The key of a text that is all ASCII, the same as the general path gives (ASCII has no accents
     * and NFKD leaves it as it is), or null for any other text. Every cell of an export is read,
     * and the normalizer and two regular expressions cost more than the rest of the import.
     */
    private static String asciiKey(String text) {
        int n = text.length();
        StringBuilder key = null;
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
            if (key == null) {
                key = new StringBuilder(n);
            }
            if (word) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else {
                gap = true;
            }
        }
        return key == null ? "" : key.toString();
    }

    /** The answer a cell holds; a blank cell is {@link Answer#NO_ANSWER}; empty when the spelling is unknown. */
    Optional<Answer> read(String cell) {
        if (cell.isBlank()) {
            return Optional.of(Answer.NO_ANSWER);
        }
        String key = spelling(cell);
        Answer answer = column.get(key);
        if (answer == null) {
            answer = mapping.get(key);
        }
        if (answer == null && !(hasCodes && BUILT_IN_CODES.contains(key))) {
            answer = BUILT_IN.get(key);
        }
        return Optional.ofNullable(answer);
    }

    /**
     * The comparison key of an answer: trimmed, Unicode NFC, lower case, each run of spaces one space. Nothing
     * else is taken away: a leading "-", "+", "=" or "@" belongs to the answer (formula neutralising is for
     * output), and a full-width digit is not a digit here.
     */
    static String spelling(String cell) {
        String text = cell.strip();
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** True when the column or the mapping gives numeric codes of its own (such as REDCap's): only those are codes. */
    boolean hasCodes() {
        return hasCodes;
    }

    /** The codes this column accepts, for an error message, such as "1 (yes), 2 (sometimes)". */
    String codes() {
        return codes;
    }

    /** The accepted values, for an error message: this column's own spellings, then the usual ones. */
    String accepted() {
        return accepted;
    }

    private static String accepted(Map<String, Answer> columnSpellings, Map<String, Answer> mappingSpellings) {
        List<String> custom = new ArrayList<>();
        columnSpellings.forEach((text, answer) -> custom.add(text + " (" + answerName(answer) + ")"));
        mappingSpellings.forEach((text, answer) -> custom.add(text + " (" + answerName(answer) + ")"));
        List<String> shown = new ArrayList<>(custom.subList(0, Math.min(custom.size(), SHOWN_CUSTOM_SPELLINGS)));
        if (custom.size() > SHOWN_CUSTOM_SPELLINGS) {
            shown.add("... (" + (custom.size() - SHOWN_CUSTOM_SPELLINGS) + " more in the mapping)");
        }
        shown.add("yes, sometimes, not yet, not sure");
        shown.add("sí, a veces, todavía no, no sé");
        shown.add("or leave it blank");
        return String.join(", ", shown);
    }

    private static String answerName(Answer answer) {
        return answer.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
