package org.otmilestones.readability;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Counts the syllables of one Spanish word by the Spanish rules of syllable nuclei: each strong
 * vowel (a, e, o) or group of vowels that forms a diphthong or triphthong is one syllable.
 *
 * <ul>
 *   <li>Two strong vowels are a hiatus, two syllables: "le-er", "po-e-ta", "a-é-re-o".</li>
 *   <li>A weak vowel (i, u, ü) next to a strong one, or two weak ones, form a diphthong: "ciu-dad",
 *       "hue-vo", "cui-da-do"; weak-strong-weak is a triphthong: "buey", "U-ru-guay".</li>
 *   <li>An accented í or ú next to a strong vowel breaks the diphthong: "pa-ís", "dí-a", "ba-úl".</li>
 *   <li>The u of "que", "qui", "gue", "gui" is silent ("que-so", "gui-ta-rra"); ü is spoken
 *       ("pin-güi-no", "ci-güe-ña").</li>
 *   <li>A silent h between vowels does not stop a diphthong ("ahu-ma-do", "prohi-bir"), while an
 *       accent still makes a hiatus ("bú-ho", "pro-hí-be").</li>
 *   <li>A final y is a weak vowel ("hoy", "muy", "po-ny"); the word "y" is one syllable;
 *       elsewhere y is a consonant ("ma-yo", "yo").</li>
 * </ul>
 */
final class SpanishSyllables {

    private enum Sound { CONSONANT, STRONG, WEAK, STRESSED_WEAK }

    private SpanishSyllables() {
    }

    /** The syllables of one word of letters; at least 1 for a word with a letter, 0 for a string without one. */
    static int count(String word) {
        String w = letters(word);
        if (w.isEmpty()) {
            return 0;
        }
        if (w.equals("y")) {
            return 1;
        }
        int nuclei = 0;
        Sound previous = Sound.CONSONANT;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'h') {
                continue; // silent: the vowels on either side behave as if it were not there
            }
            Sound sound = soundAt(w, i);
            if (sound == Sound.CONSONANT) {
                previous = Sound.CONSONANT;
                continue;
            }
            if (previous == Sound.CONSONANT || !formDiphthong(previous, sound)) {
                nuclei++;
            }
            previous = sound;
        }
        return Math.max(1, nuclei);
    }

    private static boolean formDiphthong(Sound first, Sound second) {
        boolean firstStrong = first == Sound.STRONG;
        boolean secondStrong = second == Sound.STRONG;
        if (firstStrong && secondStrong) {
            return false;
        }
        boolean stressedWeakBesideStrong = first == Sound.STRESSED_WEAK && secondStrong
                || firstStrong && second == Sound.STRESSED_WEAK;
        return !stressedWeakBesideStrong;
    }

    private static Sound soundAt(String w, int i) {
        char c = w.charAt(i);
        switch (c) {
            case 'a', 'e', 'o', 'á', 'é', 'ó' -> {
                return Sound.STRONG;
            }
            case 'i', 'ü' -> {
                return Sound.WEAK;
            }
            case 'í', 'ú' -> {
                return Sound.STRESSED_WEAK;
            }
            case 'u' -> {
                boolean afterQorG = i > 0 && (w.charAt(i - 1) == 'q' || w.charAt(i - 1) == 'g');
                boolean beforeFrontVowel = i + 1 < w.length() && "eiéí".indexOf(w.charAt(i + 1)) >= 0;
                boolean silent = i > 0 && w.charAt(i - 1) == 'q' || afterQorG && beforeFrontVowel;
                return silent ? Sound.CONSONANT : Sound.WEAK;
            }
            case 'y' -> {
                return i == w.length() - 1 ? Sound.WEAK : Sound.CONSONANT;
            }
            default -> {
                return Sound.CONSONANT;
            }
        }
    }

    /** Lowercase letters, keeping the Spanish accents, ü and ñ, dropping other marks and non-letters. */
    private static String letters(String word) {
        String lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder letters = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || "áéíóúüñ".indexOf(c) >= 0) {
                letters.append(c);
            } else if (Character.isLetter(c)) {
                // a letter from another language ("à", "ç"): keep its base letter
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).substring(0, 1);
                if (base.charAt(0) >= 'a' && base.charAt(0) <= 'z') {
                    letters.append(base);
                }
            }
        }
        return letters.toString();
    }
}
