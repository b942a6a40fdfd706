package org.otmilestones.survey;

/** Edit distance between two short keys, to suggest the header a mistyped mapping rule meant. */
final class Distance {

    private static final int MAX_LENGTH = 120;

    private Distance() {
    }

    /** The distance as a share of the longer key: 0 for equal keys, 1 for nothing in common. */
    static double relative(String a, String b) {
        int longer = Math.min(MAX_LENGTH, Math.max(a.length(), b.length()));
        return longer == 0 ? 0 : (double) between(a, b) / longer;
    }

    static int between(String a, String b) {
        String s = a.length() > MAX_LENGTH ? a.substring(0, MAX_LENGTH) : a;
        String t = b.length() > MAX_LENGTH ? b.substring(0, MAX_LENGTH) : b;
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
