package org.otmilestones.readability;

import java.util.ArrayList;
import java.util.List;

/**
 * Spells whole numbers the way a reader says them ("18" is "eighteen", "dieciocho"), so that a
 * number in a text counts the syllables it takes to read it.
 */
final class NumberWords {

    /** Above this a number is read digit by digit; no parent text needs more. */
    static final long LARGEST_SPELLED = 999_999_999L;

    private static final String[] EN_SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private static final String[] ES_SMALL = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete",
        "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
        "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
        "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"};
    private static final String[] ES_TENS = {"", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta",
        "ochenta", "noventa"};
    private static final String[] ES_HUNDREDS = {"", "ciento", "doscientos", "trescientos", "cuatrocientos",
        "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"};

    private NumberWords() {
    }

    /** The words for a whole number from 0 to {@link #LARGEST_SPELLED}. */
    static List<String> spell(long number, ReadabilityLanguage language) {
        if (number < 0 || number > LARGEST_SPELLED) {
            throw new IllegalArgumentException("number must be from 0 to " + LARGEST_SPELLED + ", was " + number);
        }
        List<String> words = new ArrayList<>();
        if (language == ReadabilityLanguage.ENGLISH) {
            english(number, words);
        } else {
            spanish(number, words);
        }
        return words;
    }

    private static void english(long n, List<String> words) {
        if (n < 20) {
            words.add(EN_SMALL[(int) n]);
            return;
        }
        if (n >= 1_000_000) {
            english(n / 1_000_000, words);
            words.add("million");
            addEnglishRest(n % 1_000_000, words);
        } else if (n >= 1000) {
            english(n / 1000, words);
            words.add("thousand");
            addEnglishRest(n % 1000, words);
        } else if (n >= 100) {
            words.add(EN_SMALL[(int) (n / 100)]);
            words.add("hundred");
            addEnglishRest(n % 100, words);
        } else {
            words.add(EN_TENS[(int) (n / 10)]);
            if (n % 10 != 0) {
                words.add(EN_SMALL[(int) (n % 10)]);
            }
        }
    }

    private static void addEnglishRest(long rest, List<String> words) {
        if (rest != 0) {
            english(rest, words);
        }
    }

    private static void spanish(long n, List<String> words) {
        if (n < 30) {
            words.add(ES_SMALL[(int) n]);
            return;
        }
        if (n >= 1_000_000) {
            long millions = n / 1_000_000;
            if (millions == 1) {
                words.add("un");
                words.add("millón");
            } else {
                spanish(millions, words);
                words.add("millones");
            }
            addSpanishRest(n % 1_000_000, words);
        } else if (n >= 1000) {
            long thousands = n / 1000;
            if (thousands != 1) {
                spanish(thousands, words);
            }
            words.add("mil");
            addSpanishRest(n % 1000, words);
        } else if (n >= 100) {
            words.add(n == 100 ? "cien" : ES_HUNDREDS[(int) (n / 100)]);
            addSpanishRest(n % 100, words);
        } else {
            words.add(ES_TENS[(int) (n / 10)]);
            if (n % 10 != 0) {
                words.add("y");
                words.add(ES_SMALL[(int) (n % 10)]);
            }
        }
    }

    private static void addSpanishRest(long rest, List<String> words) {
        if (rest != 0) {
            spanish(rest, words);
        }
    }
}
