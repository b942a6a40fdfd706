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
 * and Spanish spellings every export may use. Case, accents, punctuation and spacing do not count.
 */
final class AnswerSpellings {

    private static final Map<String, Answer> BUILT_IN = new LinkedHashMap<>();
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static {
        put(Answer.YES, "yes", "y", "true", "1", "yes, often", "yes often", "sí", "si", "sí, a menudo");
        put(Answer.SOMETIMES, "sometimes", "a veces", "some times", "algunas veces");
        put(Answer.NOT_YET, "not yet", "no", "n", "false", "0", "todavía no", "aún no", "no todavía");
        put(Answer.NOT_SURE, "not sure", "unsure", "don't know", "do not know", "no estoy seguro",
                "no estoy segura", "no estoy seguro/a", "no está seguro", "no está segura", "no sé", "no lo sé");
    }

    private static final int SHOWN_CUSTOM_SPELLINGS = 12;

    private final Map<String, Answer> column;
    private final Map<String, Answer> mapping;
    private final String accepted;

    AnswerSpellings(Map<String, Answer> column, Map<String, Answer> mapping) {
        this.column = keyed(column);
        this.mapping = keyed(mapping);
        this.accepted = accepted(column, mapping);
    }

    private static void put(Answer answer, String... spellings) {
        for (String spelling : spellings) {
            BUILT_IN.put(key(spelling), answer);
        }
    }

    private static Map<String, Answer> keyed(Map<String, Answer> spellings) {
        Map<String, Answer> keyed = new HashMap<>();
        spellings.forEach((text, answer) -> keyed.put(key(text), answer));
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
        String key = key(cell);
        Answer answer = column.get(key);
        if (answer == null) {
            answer = mapping.get(key);
        }
        if (answer == null) {
            answer = BUILT_IN.get(key);
        }
        return Optional.ofNullable(answer);
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
