package org.otmilestones.readability;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts the syllables of one English word by rule: vowel groups, then the silent final e, the
 * spoken "-le", "-ed" and "-es" endings, vowel pairs spoken as two syllables, and a short list of
 * common words that break the rules. Readability formulas were calibrated on hand counts, so a
 * heuristic that is right for most everyday words is what they need; no dictionary is shipped.
 */
final class EnglishSyllables {

    /** Everyday words the rules below get wrong, with their usual count. */
    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("acne", 2), Map.entry("adobe", 3), Map.entry("anyone", 3), Map.entry("apostrophe", 4),
            Map.entry("business", 2), Map.entry("cafe", 2), Map.entry("cashier", 2), Map.entry("diamond", 2), Map.entry("diaper", 2), Map.entry("coyote", 3),
            Map.entry("element", 3), Map.entry("evening", 2), Map.entry("everybody", 4), Map.entry("everyday", 3),
            Map.entry("everyone", 3), Map.entry("everything", 3), Map.entry("everywhere", 3),
            Map.entry("frontier", 2), Map.entry("hundred", 2), Map.entry("karate", 3), Map.entry("maybe", 2),
            Map.entry("naive", 2), Map.entry("naked", 2), Map.entry("ninety", 2), Map.entry("recipe", 3),
            Map.entry("rhythm", 2), Map.entry("sacred", 2), Map.entry("sesame", 3), Map.entry("simile", 3),
            Map.entry("soldier", 2), Map.entry("wicked", 2));

    /**
     * First halves of compounds whose final e is silent ("some-thing", "home-work", "mile-stone"):
     * counted alone, they keep the e from being read as a syllable of its own.
     */
    private static final List<String> SILENT_E_HEADS = List.of("some", "home", "life", "fire", "base", "care",
            "name", "side", "time", "hope", "fore", "face", "nose", "game", "place", "make", "note", "mile",
            "bare", "wide", "nine", "grape", "lone", "safe", "house");

    /** Suffixes after which a silent e stays silent: "safe-ly", "move-ment", "care-ful", "safe-ty". */
    private static final Pattern SILENT_E_BEFORE_SUFFIX =
            Pattern.compile(".*[aeiouy][^aeiouy]*[^aeiouy]e(ly|ment|ments|ful|fully|ness|less|lessly|ty|let|lets)$");

    /** A consonant before "le" that makes "le" a syllable: "ta-ble", "lit-tle", "puz-zle". */
    private static final String LE_CONSONANTS = "bcdfgkpstz";

    private EnglishSyllables() {
    }

    /**
     * The syllables of one word of letters, with any apostrophe contraction ("isn't", "it'll");
     * at least 1 for a word with a letter, 0 for a string without one.
     */
    static int count(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int extra = 0;
        // "isn't", "couldn't", "it'll": the contraction is a syllable of its own after a consonant.
        for (String tail : List.of("n't", "'ll")) {
            if (lower.endsWith(tail) && lower.length() > tail.length()) {
                String stem = lower.substring(0, lower.length() - tail.length());
                if (!isVowelLetter(stem.charAt(stem.length() - 1))) {
                    extra = 1;
                }
                lower = stem + (tail.equals("n't") ? "n" : "");
                break;
            }
        }
        String w = lettersOnly(lower);
        if (w.isEmpty()) {
            return 0;
        }
        return countLetters(w) + extra;
    }

    private static int countLetters(String w) {
        Integer known = EXCEPTIONS.get(w);
        if (known == null && w.endsWith("s") && !w.endsWith("ss")) {
            known = EXCEPTIONS.get(w.substring(0, w.length() - 1));
        }
        if (known != null) {
            return known;
        }
        for (String head : SILENT_E_HEADS) {
            String rest = w.substring(Math.min(head.length(), w.length()));
            if (w.startsWith(head) && (rest.length() >= 4 && !isVowelAt(rest, 0) || rest.equals("one"))) {
                return 1 + countLetters(rest);
            }
        }
        if (w.startsWith("eye") && w.length() >= 5) {
            return 1 + countLetters(w.substring(3));
        }
        // "go-ing", "see-ing", "play-ing": the ending is its own syllable even after a vowel.
        String stem = w.endsWith("ings") ? w.substring(0, w.length() - 4)
                : w.endsWith("ing") ? w.substring(0, w.length() - 3) : null;
        if (stem != null && stem.length() >= 2 && vowelGroups(stem) > 0) {
            return countCore(stem) + 1;
        }
        return countCore(w);
    }

    private static int countCore(String w) {
        int groups = vowelGroups(w);
        if (groups == 0) {
            return 1;
        }
        int count = groups + spokenVowelPairs(w) - silentEndings(w, groups);
        return Math.max(1, count);
    }

    /** Endings counted as a vowel group but not spoken: "make", "jumped", "shapes", "safely". */
    private static int silentEndings(String w, int groups) {
        if (groups < 2) {
            return 0;
        }
        int n = w.length();
        if (w.endsWith("e") && !isVowelAt(w, n - 2)) {
            boolean spokenLe = w.endsWith("le") && n >= 3 && LE_CONSONANTS.indexOf(w.charAt(n - 3)) >= 0
                    && !w.endsWith("isle");
            return spokenLe ? 0 : 1;
        }
        if (w.endsWith("es") && n >= 3 && !isVowelAt(w, n - 3)) {
            char before = w.charAt(n - 3);
            boolean spoken = "sxzcg".indexOf(before) >= 0 || w.endsWith("ches") || w.endsWith("shes")
                    || w.endsWith("les") && n >= 4 && LE_CONSONANTS.indexOf(w.charAt(n - 4)) >= 0;
            return spoken ? 0 : 1;
        }
        if (w.endsWith("ed") && n >= 3 && !isVowelAt(w, n - 3)) {
            char before = w.charAt(n - 3);
            boolean spoken = before == 't' || before == 'd'
                    || before == 'l' && n >= 4 && LE_CONSONANTS.indexOf(w.charAt(n - 4)) >= 0;
            return spoken ? 0 : 1;
        }
        if (SILENT_E_BEFORE_SUFFIX.matcher(w).matches() && !silentEBeforeSuffixIsSpokenLe(w)) {
            return 1;
        }
        return 0;
    }

    /** "gentle-ness", "little-ness": the e belongs to a spoken "-le". */
    private static boolean silentEBeforeSuffixIsSpokenLe(String w) {
        for (String suffix : List.of("lessly", "ments", "fully", "ment", "ness", "less", "lets", "ful", "let", "ly", "ty")) {
            if (w.endsWith("e" + suffix)) {
                int e = w.length() - suffix.length() - 1;
                return e >= 2 && w.charAt(e - 1) == 'l' && LE_CONSONANTS.indexOf(w.charAt(e - 2)) >= 0;
            }
        }
        return false;
    }

    /** Vowel pairs that one vowel group holds but two syllables speak: "i-de-a", "qui-et", "ra-di-o". */
    private static int spokenVowelPairs(String w) {
        int add = 0;
        int n = w.length();
        for (int i = 0; i + 1 < n; i++) {
            if (!isVowelAt(w, i) || !isVowelAt(w, i + 1)) {
                continue;
            }
            char a = w.charAt(i);
            char b = w.charAt(i + 1);
            char before = i > 0 ? w.charAt(i - 1) : ' ';
            char after = i + 2 < n ? w.charAt(i + 2) : ' ';
            String pair = "" + a + b;
            switch (pair) {
                case "ia" -> {
                    boolean iage = w.startsWith("iage", i); // "mar-riage", "car-riage"
                    if (after == 't' || i > 0 && "bdfghjkmnpqrvwz".indexOf(before) >= 0 && !iage) {
                        add++;
                    }
                }
                case "io" -> {
                    boolean glide = "tscxgnh".indexOf(before) >= 0 || before == 'l' && i > 1 && w.charAt(i - 2) == 'l';
                    if (i > 0 && !isVowelAt(w, i - 1) && !glide) {
                        add++;
                    }
                }
                case "iu" -> add++;
                case "eo" -> {
                    boolean soft = (before == 'g' || before == 'c') && i > 1;
                    boolean oneSound = w.startsWith("peop", i - 1) || w.startsWith("leop", i - 1)
                            || w.startsWith("jeop", i - 1) || w.startsWith("yeo", i - 1);
                    if (!soft && !oneSound) {
                        add++;
                    }
                }
                case "ua" -> {
                    if (before != 'g') {
                        add++;
                    }
                }
                case "ue" -> {
                    if (before != 'g' && (endsAt(w, i, "uel") || endsAt(w, i, "uels") || w.startsWith("uent", i)
                            || w.startsWith("uenc", i) || w.startsWith("uet", i))) {
                        add++;
                    }
                }
                case "ui" -> {
                    if (before != 'g' && (after == 'd' || after == 'n')) {
                        add++;
                    }
                }
                case "ie" -> {
                    boolean comparative = (endsAt(w, i, "ier") || endsAt(w, i, "iers") || endsAt(w, i, "iest"))
                            && i > 0 && !isVowelAt(w, i - 1) && vowelGroups(w.substring(0, i)) > 0;
                    if (after == 't' || w.startsWith("scien", i - 2) || w.startsWith("ien", i) && "lrd".indexOf(before) >= 0 && !w.startsWith("friend", i - 2)
                            || comparative) {
                        add++;
                    }
                }
                case "oe" -> {
                    if (after == 'm' || after == 't') {
                        add++;
                    }
                }
                default -> {
                    // other pairs ("ea", "ou", "ai", "oo"...) are one sound, save the words below
                }
            }
        }
        for (String hiatus : List.of("idea", "area", "creat", "react", "theat", "linear", "realit", "realiz",
                "coord", "cooper", "uou", "eum")) {
            if (w.contains(hiatus)) {
                add++;
            }
        }
        if (w.contains("creatur")) {
            add--; // "crea-ture": the "creat" above is "cre-ate", not this one
        }
        if (w.endsWith("real") || w.endsWith("reals")) {
            add++;
        }
        if (w.endsWith("ism") || w.endsWith("isms")) {
            add++;
        }
        return add;
    }

    private static boolean endsAt(String w, int i, String ending) {
        return w.startsWith(ending, i) && i + ending.length() == w.length();
    }

    private static int vowelGroups(String w) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowelAt(w, i);
            if (vowel && !inGroup) {
                groups++;
            }
            inGroup = vowel;
        }
        return groups;
    }

    /**
     * Whether the letter at i is spoken as a vowel: the u of "qu" is not, and a y between two
     * vowels ("cray-on", "play-er") is a consonant; elsewhere y is a vowel ("my", "ba-by").
     */
    private static boolean isVowelAt(String w, int i) {
        if (i < 0 || i >= w.length()) {
            return false;
        }
        char c = w.charAt(i);
        if (c == 'u') {
            boolean afterQ = i > 0 && w.charAt(i - 1) == 'q';
            // "league", "tongue", "vague": the u of a final "-gue" is silent, but not in "ar-gue".
            boolean silentGue = i > 1 && w.charAt(i - 1) == 'g' && w.charAt(i - 2) != 'r'
                    && (w.startsWith("e", i + 1) && (i + 2 == w.length() || i + 3 == w.length()
                    && (w.endsWith("s") || w.endsWith("d"))));
            return !afterQ && !silentGue;
        }
        if (c == 'y') {
            boolean afterVowel = i > 0 && isVowelLetter(w.charAt(i - 1));
            boolean beforeVowel = i + 1 < w.length() && isVowelLetter(w.charAt(i + 1));
            return !(afterVowel && beforeVowel);
        }
        return c == 'a' || c == 'e' || c == 'i' || c == 'o';
    }

    private static boolean isVowelLetter(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Lowercase a to z only: accents dropped ("café"), apostrophes and the rest removed. */
    private static String lettersOnly(String lower) {
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }
}
