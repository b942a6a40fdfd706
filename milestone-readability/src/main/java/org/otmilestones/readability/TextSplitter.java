package org.otmilestones.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences and each sentence into words, the way readability formulas count them.
 *
 * <p>A sentence ends at "?", "!", or at "." and "…" unless the period closes an abbreviation
 * ("e.g.", "p. ej.", "Dr."), an initial ("T.V.") or is followed by a lowercase word. A bullet
 * line and a line break before a new line that does not continue the sentence also end one, and
 * so does the end of the text, with or without punctuation. Colons and semicolons do not: a
 * longer sentence only makes the gate stricter.
 *
 * <p>A word is a run of text between spaces with at least one letter or digit, stripped of
 * surrounding punctuation. Hyphenated words ("well-known") and number ranges ("4-5", "4–5") are
 * one word; a slash or a dash between words ("he/she", "hands—like") separates two.
 */
final class TextSplitter {

    /** Words that end in a period that never ends a sentence, lowercase and without the final period. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "vs", "dr", "mr", "mrs", "ms", "jr", "sr", "st", "approx", "fig", "cf", "ca",
            "ej", "p.ej", "sra", "srta", "dra", "ud", "uds", "aprox", "pág", "núm", "tel", "ee.uu");

    /** A bullet at the start of a line: •, ·, -, *, –, —, "1." or "1)" or "a)" followed by a space. */
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪‣◦*\\-–—]|\\d{1,2}[.)]|[a-zA-Z]\\))\\s+");

    /** Letters separated by periods: "e.g", "u.s", "t.v". */
    private static final Pattern INITIALS = Pattern.compile("\\p{L}(?:\\.\\p{L})+");

    private static final String OPENING = "\"'“‘«([{¿¡";
    private static final String CLOSING = "\"'”’»)]}";

    private TextSplitter() {
    }

    /** The sentences of a text, each a list of its words; sentences without a word are left out. */
    static List<List<String>> sentences(String text) {
        List<List<String>> sentences = new ArrayList<>();
        for (String block : blocks(text)) {
            List<String> tokens = List.of(block.trim().split("\\s+"));
            List<String> sentence = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                sentence.addAll(words(token));
                String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                if (next != null && endsSentence(token, next)) {
                    close(sentence, sentences);
                    sentence = new ArrayList<>();
                }
            }
            close(sentence, sentences);
        }
        return sentences;
    }

    private static void close(List<String> sentence, List<List<String>> sentences) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
        }
    }

    /**
     * Lines joined into blocks that no sentence crosses: a bullet line starts a block, and so
     * does any line that does not start with a lowercase letter continuing the line before.
     */
    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String rawLine : text.split("\\R")) {
            var bullet = BULLET.matcher(rawLine);
            boolean isBullet = bullet.find();
            String line = isBullet ? rawLine.substring(bullet.end()) : rawLine;
            if (line.isBlank()) {
                flush(block, blocks);
                continue;
            }
            boolean continues = !isBullet && block.length() > 0 && startsLowercase(line.strip());
            if (!continues) {
                flush(block, blocks);
            }
            block.append(' ').append(line);
        }
        flush(block, blocks);
        return blocks;
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (!block.toString().isBlank()) {
            blocks.add(block.toString());
        }
        block.setLength(0);
    }

    private static boolean endsSentence(String token, String next) {
        String core = withoutTrailing(token, CLOSING);
        if (core.endsWith("?") || core.endsWith("!")) {
            return true;
        }
        if (!core.endsWith(".") && !core.endsWith("…")) {
            return false;
        }
        if (startsLowercase(withoutLeading(next, OPENING))) {
            return false;
        }
        String word = withoutLeading(core, OPENING).replaceAll("[.…]+$", "").toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        return !ABBREVIATIONS.contains(word) && !initial && !INITIALS.matcher(word).matches();
    }

    /** The words of one space-free token: "he/she" and "hands—like" give two, "4-5" and "well-known" one. */
    static List<String> words(String token) {
        List<String> words = new ArrayList<>();
        for (String piece : token.split("/|(?<=\\p{L})[–—]|[–—](?=\\p{L})|--+")) {
            String word = trimPunctuation(piece);
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean startsLowercase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    /** The token without the punctuation around it; a trailing "%" stays, it is read aloud. */
    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '%') {
            end--;
        }
        return s.substring(start, end);
    }

    private static String withoutTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String withoutLeading(String s, String chars) {
        int start = 0;
        while (start < s.length() && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start);
    }
}
