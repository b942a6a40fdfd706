package org.otmilestones.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Texts reduced to the key the survey import matches headers by: letters and digits only, lower case, without
 * accents; shared so the catalog validator compares question texts exactly as the import will.
 */
public final class TextKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private TextKeys() {
    }

    /** The key of a text: "¿Su niño o niña aplaude?" and "su nino o nina aplaude" have the same key. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> key.appendCodePoint(Character.toLowerCase(cp)));
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
