package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void escapesEveryControlCharacterBidiControlAndLineSeparatorAndNothingElse() {
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean hidden = Character.getType(c) == Character.CONTROL
                    || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
            String shown = VisibleText.of("a" + (char) c + "b");
            if (hidden) {
                assertThat(shown).as("U+%04X", c).startsWith("a\\").endsWith("b")
                        .matches("a\\\\([nrt]|u[0-9a-f]{4})b");
            } else if (!Character.isSurrogate((char) c)) {
                assertThat(shown).as("U+%04X", c).isEqualTo("a" + (char) c + "b");
            }
        }
    }

    @Test
    void showsEscapeSequencesCarriageReturnsAndBidiOverridesAsText() {
        assertThat(VisibleText.of("id\u001b]0;pwned\u0007\r\u0000\u202Egnp.exe"))
                .isEqualTo("id\\u001b]0;pwned\\u0007\\r\\u0000\\u202egnp.exe");
        assertThat(VisibleText.of("line\nFORGED")).isEqualTo("line\\nFORGED");
        assertThat(VisibleText.of("Zoë 👶🏽 Łukasiewicz")).isEqualTo("Zoë 👶🏽 Łukasiewicz");
        assertThat(VisibleText.of(null)).isEmpty();
    }
}
