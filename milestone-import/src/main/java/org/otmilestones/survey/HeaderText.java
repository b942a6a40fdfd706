package org.otmilestones.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otmilestones.core.internal.TextKeys;

/**
 * Header texts reduced to keys for matching: case, accents, spacing, punctuation, HTML, Typeform recall
 * placeholders and question numbering ("3.", "Q3:") do not count. Keys are for comparing only; staff see the
 * original text.
 */
final class HeaderText {

    private static final Pattern HTML_TAG = Pattern.compile("<[^>]{0,500}>");
    private static final Pattern RECALL = Pattern.compile("\\{\\{[^}]{0,200}}}");
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:(?:q|question|pregunta)\\s*)?\\d{1,3}\\s*[.):\\-]\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]+)]\\s*$", Pattern.DOTALL);
    private static final int MAX_KEYED_LENGTH = 2000;

    private HeaderText() {
    }

    /** The matching key: letters and digits only, lower case, without accents. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.length() > MAX_KEYED_LENGTH ? text.substring(0, MAX_KEYED_LENGTH) : text;
        cleaned = RECALL.matcher(HTML_TAG.matcher(cleaned).replaceAll(" ")).replaceAll(" ");
        cleaned = NUMBERING.matcher(cleaned).replaceFirst("");
        return TextKeys.key(cleaned);
    }

    /**
     * The whole header and the parts tools wrap around a question: Google grid rows ({@code Title [Row]}),
     * Qualtrics suffixes and matrix statements ({@code Question - Statement}, {@code - Selected Choice}) and
     * KoBo group paths ({@code group/question}); each as a key, whole header first.
     */
    static List<String> variantKeys(String header) {
        Set<String> keys = new LinkedHashSet<>();
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        texts.add(header);
        Matcher brackets = TRAILING_BRACKETS.matcher(header);
        if (brackets.matches()) {
            texts.add(brackets.group(2));
            texts.add(brackets.group(1));
        }
        for (String text : List.copyOf(texts)) {
            if (text.contains(" - ")) {
                for (String part : text.split(" - ")) {
                    texts.add(part);
                }
            }
            int slash = text.lastIndexOf('/');
            if (slash > 0 && slash < text.length() - 1) {
                texts.add(text.substring(slash + 1));
                texts.add(text.substring(0, slash));
            }
        }
        for (String text : texts) {
            String key = key(text);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    /** A header as staff should see it in a message: one line, at most 100 characters. */
    static String display(String header) {
        String oneLine = header.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 99) + "…";
    }
}
