package org.otmilestones.cli;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes safe, unique file names for one run's handouts: ASCII only, no path separators, no leading
 * dots, no control characters, no Windows reserved names, and short enough for every file system.
 */
final class FileNames {

    static final int MAX_STEM_LENGTH = 80;
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final Set<String> used = new HashSet<>();

    /**
     * A unique name in this run for the stem and extension; a second "Ana" becomes "ana-2".
     * Names are compared ignoring case, since macOS and Windows file systems do.
     */
    synchronized String unique(String stem, String extension) {
        return unique(stem, "", extension);
    }

    /**
     * A unique name in this run made of a person part (a name or id, shortened if need be) and a
     * suffix that is always kept whole, such as "-24m-2026-11-20".
     */
    synchronized String unique(String person, String suffix, String extension) {
        String safeSuffix = suffix.isEmpty() ? "" : "-" + fold(suffix).orElse("");
        String base = shorten(safeStem(person), MAX_STEM_LENGTH - safeSuffix.length()) + safeSuffix;
        String candidate = base;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String count = "-" + n;
            candidate = shorten(safeStem(person), MAX_STEM_LENGTH - safeSuffix.length() - count.length())
                    + safeSuffix + count;
        }
        return candidate + "." + extension;
    }

    private static String shorten(String stem, int length) {
        return stem.length() <= length ? stem : stem.substring(0, Math.max(1, length)).replaceAll("-+$", "");
    }

    /** True when nothing of the text survives folding (a name in a script with no ASCII letters, say). */
    static boolean foldsToNothing(String raw) {
        return fold(raw).isEmpty();
    }

    /** Folds a child's id or name to a safe file-name stem; never empty. */
    static String safeStem(String raw) {
        String stem = fold(raw).orElse("child");
        if (WINDOWS_RESERVED.contains(stem)) {
            stem = stem + "-child";
        }
        return stem;
    }

    private static java.util.Optional<String> fold(String raw) {
        String folded = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char ascii = switch (c) {
                case 'ø', 'Ø' -> 'o';
                case 'ł', 'Ł' -> 'l';
                case 'đ', 'Đ' -> 'd';
                case 'ß' -> 's';
                case 'æ', 'Æ' -> 'a';
                case 'œ', 'Œ' -> 'o';
                case 'þ', 'Þ' -> 't';
                case 'ı' -> 'i';
                default -> c;
            };
            if ((ascii >= 'a' && ascii <= 'z') || (ascii >= '0' && ascii <= '9')) {
                out.append(ascii);
            } else if (ascii >= 'A' && ascii <= 'Z') {
                out.append(Character.toLowerCase(ascii));
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                // Everything else (spaces, slashes, dots, colons, emoji, control characters) is one dash.
                out.append('-');
            }
        }
        String stem = out.toString().replaceAll("-+$", "");
        if (stem.length() > MAX_STEM_LENGTH) {
            stem = stem.substring(0, MAX_STEM_LENGTH).replaceAll("-+$", "");
        }
        return stem.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(stem);
    }
}
