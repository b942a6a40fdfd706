package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    /** The rule, written out from the Unicode categories, independently of the class. */
    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x180B && c <= 0x180F);
    }

    @Test
    void escapesEveryControlFormatSeparatorPrivateUseUnassignedAndVariationSelectorAndNothingElse() {
        java.util.regex.Pattern escaped = java.util.regex.Pattern.compile("a\\\\([nrt]|u[0-9a-f]{4}|U[0-9a-f]{8})b");
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String plain = "a" + Character.toString(c) + "b";
            String shown = VisibleText.of(plain);
            boolean ok = hidden(c) ? escaped.matcher(shown).matches() : shown.equals(plain);
            if (!ok && wrong.size() < 10) {
                wrong.add(String.format("U+%04X shown as %s", c, shown));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void showsEscapeSequencesCarriageReturnsAndBidiOverridesAsText() {
        assertThat(VisibleText.of("id\u001b]0;pwned\u0007\r\u0000\u202Egnp.exe"))
                .isEqualTo("id\\u001b]0;pwned\\u0007\\r\\u0000\\u202egnp.exe");
        assertThat(VisibleText.of("line\nFORGED")).isEqualTo("line\\nFORGED");
        assertThat(VisibleText.of("Zoë 👶🏽 Łukasiewicz")).isEqualTo("Zoë 👶🏽 Łukasiewicz");
        assertThat(VisibleText.of(null)).isEmpty();
    }

    @Test
    void makesTwoIdsThatLookTheSameLookDifferent() {
        assertThat(VisibleText.of("A\u200b12")).isEqualTo("A\\u200b12");
        assertThat(VisibleText.of("A\u00ad12")).isEqualTo("A\\u00ad12");
        assertThat(VisibleText.of("A\u206012")).isEqualTo("A\\u206012");
        assertThat(VisibleText.of("\ufeffA12")).isEqualTo("\\ufeffA12");
        assertThat(VisibleText.of("A12\udb40\udc41")).isEqualTo("A12\\U000e0041");
        assertThat(VisibleText.of("A1\ufe0f2")).isEqualTo("A1\\ufe0f2");
        assertThat(VisibleText.of("A\ue00012")).isEqualTo("A\\ue00012");
        assertThat(VisibleText.of("A\ud80012")).as("a lone surrogate").isEqualTo("A\\ud80012");
    }
}
