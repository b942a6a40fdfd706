package org.otmilestones.readability;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables of one word as a reader says it: hyphenated parts each counted, numbers
 * spelled out ("18", "4-5", "2.5", "75%"), short all-capital abbreviations spelled letter by letter
 * ("OT" is "o-t", "TO" is "te-o"), and every other part by the language's rules.
 */
final class WordSyllables {

    private static final Pattern PARTS = Pattern.compile("[-‐‑–—]+");

    /** Digits with the separators and marks a number can carry: "1,000", "2.5", "10:30", "1st", "75%", "1.º". */
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d.,:]*\\d|\\d)(st|nd|rd|th|er|o|a|º|ª|\\.º|\\.ª)?(%)?",
            Pattern.CASE_INSENSITIVE);

    /** Syllables of the Spanish letter names a to z: "a", "be", "ce"... "efe", "hache", "uve doble". */
    private static final int[] SPANISH_LETTER_NAMES =
        {1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 2, 2, 2, 1, 1, 1, 2, 2, 1, 1, 2, 4, 2, 1, 2};

    private WordSyllables() {
    }

    /** The syllables of a word from {@link TextSplitter#words}; at least 1. */
    static int count(String word, ReadabilityLanguage language) {
        int total = 0;
        for (String part : PARTS.split(word)) {
            if (!part.isEmpty()) {
                total += countPart(part, language);
            }
        }
        return Math.max(1, total);
    }

    private static int countPart(String part, ReadabilityLanguage language) {
        Matcher number = NUMBER.matcher(part);
        if (number.matches()) {
            int syllables = numberSyllables(number.group(1), language);
            if (number.group(3) != null) {
                syllables += language == ReadabilityLanguage.ENGLISH ? 2 : 3; // "per-cent", "por cien-to"
            }
            return syllables;
        }
        if (part.chars().anyMatch(Character::isDigit)) {
            // letters and digits mixed ("3D", "mp3"): each run counted on its own
            int total = 0;
            for (String run : part.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)")) {
                total += countPart(run, language);
            }
            return total;
        }
        String letters = part.replaceAll("['’]s$", "");
        if (isSpelledAbbreviation(letters)) {
            return spelledSyllables(letters, language);
        }
        return language == ReadabilityLanguage.ENGLISH ? EnglishSyllables.count(part) : SpanishSyllables.count(part);
    }

    /** "OT", "PT", "CDC", "ASQ": two or three capitals, or up to five with no vowel to read them by. */
    private static boolean isSpelledAbbreviation(String s) {
        if (s.length() < 2 || s.length() > 5 || !s.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        return s.length() <= 3 || s.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0);
    }

    private static int spelledSyllables(String capitals, ReadabilityLanguage language) {
        int total = 0;
        for (char c : capitals.toCharArray()) {
            if (language == ReadabilityLanguage.ENGLISH) {
                total += c == 'W' ? 3 : 1; // "dou-ble-u"
            } else {
                total += SPANISH_LETTER_NAMES[c - 'A'];
            }
        }
        return total;
    }

    /**
     * A number read aloud: thousands separators joined ("1,000" in English, "1.000" in Spanish),
     * a decimal mark read as "point" or "coma" and the decimals digit by digit, "10:30" as two numbers.
     */
    private static int numberSyllables(String digits, ReadabilityLanguage language) {
        char thousands = language == ReadabilityLanguage.ENGLISH ? ',' : '.';
        String joined = digits.replaceAll("(?<=\\d)" + Pattern.quote(String.valueOf(thousands)) + "(?=\\d{3}(\\D|$))", "");
        int total = 0;
        String[] clock = joined.split(":");
        for (String piece : clock) {
            String[] decimal = piece.split("[.,]", 2);
            total += wholeNumberSyllables(decimal[0], language);
            if (decimal.length == 2 && !decimal[1].isEmpty()) {
                total += language == ReadabilityLanguage.ENGLISH ? 1 : 2; // "point", "co-ma"
                for (char digit : decimal[1].replaceAll("\\D", "").toCharArray()) {
                    total += wholeNumberSyllables(String.valueOf(digit), language);
                }
            }
        }
        return total;
    }

    private static int wholeNumberSyllables(String digits, ReadabilityLanguage language) {
        String plain = digits.replaceAll("\\D", "");
        if (plain.isEmpty()) {
            return 0;
        }
        if (plain.length() > String.valueOf(NumberWords.LARGEST_SPELLED).length()) {
            int total = 0;
            for (char digit : plain.toCharArray()) {
                total += wholeNumberSyllables(String.valueOf(digit), language);
            }
            return total;
        }
        int total = 0;
        for (String word : NumberWords.spell(Long.parseLong(plain), language)) {
            total += language == ReadabilityLanguage.ENGLISH
                    ? EnglishSyllables.count(word) : SpanishSyllables.count(word.toLowerCase(Locale.ROOT));
        }
        return total;
    }
}
