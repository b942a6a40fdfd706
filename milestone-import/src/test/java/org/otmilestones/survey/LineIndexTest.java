package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    /** Line starts the plain way: one per line end (CRLF, LF or a lone CR), plus the first. */
    private static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(3000);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(6)) {
                case 0 -> "\n";
                case 1 -> "\r";
                case 2 -> "\r\n";
                default -> "a";
            });
        }
        return text.toString();
    }

    @Test
    void findsTheSameLinesAsCountingEveryLineEndInAnyOrderOfQuestions() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            String text = randomText(random);
            List<Integer> starts = starts(text);
            LineIndex index = new LineIndex(text);

            assertThat(index.lines()).isEqualTo(starts.size());
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i <= text.length(); i++) {
                offsets.add(i);
            }
            if (round % 2 == 1) {
                Collections.shuffle(offsets, random);
            }
            int[] lineAt = new int[text.length() + 1];
            for (int offset = 0, line = 0; offset <= text.length(); offset++) {
                while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
                    line++;
                }
                lineAt[offset] = line + 1;
            }
            for (int offset : offsets) {
                if (index.lineOf(offset) != lineAt[offset]) {
                    assertThat(index.lineOf(offset)).as("line of offset %d in %s", offset,
                            text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(lineAt[offset]);
                }
                int line = 1 + random.nextInt(starts.size() + 1);
                int start = line <= starts.size() ? starts.get(line - 1) : text.length();
                if (index.startOf(line) != start) {
                    assertThat(index.startOf(line)).as("start of line %d", line).isEqualTo(start);
                }
            }
        }
    }

    @Test
    void findsItsWayInAMillionEmptyLines() {
        String text = "\n".repeat(1_000_000);
        LineIndex index = new LineIndex(text);

        assertThat(index.lines()).isEqualTo(1_000_001);
        assertThat(index.lineOf(999_999)).isEqualTo(1_000_000);
        assertThat(index.startOf(500_001)).isEqualTo(500_000);
        assertThat(index.isBlank(500_001)).isTrue();
    }
}
