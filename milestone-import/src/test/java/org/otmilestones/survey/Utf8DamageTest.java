package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A UTF-8 export with a few bytes that are not UTF-8: only the rows that use them fail; no name is garbled. */
class Utf8DamageTest {

    @TempDir
    Path dir;

    private ImportResult read(Path file) throws ImportException {
        return SurveyImports.read(file, Fixtures.CATALOG, Fixtures.options());
    }

    /** UTF-8 bytes of the text, with {@code damage} bytes put in at {@code at}. */
    private static byte[] withBytes(String text, int at, int... damage) {
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[before.length + damage.length + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        for (int i = 0; i < damage.length; i++) {
            bytes[before.length + i] = (byte) damage[i];
        }
        System.arraycopy(after, 0, bytes, before.length + damage.length, after.length);
        return bytes;
    }

    @Test
    void readsAUtf8FileWithOneBadByteAsUtf8AndFailsOnlyTheRowThatUsesIt() throws Exception {
        // A byte from another encoding in one answer (0xE9, Windows-1252's é), and accented names all around.
        String text = Csv.HEADER + ",Comments\n" + Csv.row("N1", "Ana López", "2024-10-01", "yes", "yes", "yes", "yes")
                + ",\n" + Csv.row("N2", "Zoë Núñez", "2024-10-01", "yes", "yes", "yes", "XX") + ",\n"
                + Csv.row("N3", "Søren Ørsted", "2024-10-01", "yes", "yes", "yes", "yes") + ",\n";
        Path file = dir.resolve("one-bad-byte.csv");
        Files.write(file, withBytes(text, text.indexOf("XX") + 1, 0xE9));

        ImportResult result = read(file);

        assertThat(result.format().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.rows()).extracting(r -> r.child().name().orElseThrow()).containsExactly("Ana López",
                "Søren Ørsted");
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).hasValue(8);
            assertThat(e.problem()).contains("not valid UTF-8");
        });
        assertThat(result.warnings()).anyMatch(w -> w.contains("the file is UTF-8, but 1 byte in it is not (first on line 3)"))
                .noneMatch(w -> w.contains("Windows-1252"));
    }

    @Test
    void readsARowWhoseBadByteIsInAColumnThatIsNotUsedAndNamesItsLine() throws Exception {
        String text = Csv.HEADER + ",Comments\n" + Csv.row("C1", "Ana López", "2024-10-01", "yes", "yes", "yes", "yes")
                + ",\n" + Csv.row("C2", "Zoë Núñez", "2024-10-01", "yes", "yes", "yes", "yes") + ",Caf_\n";
        Path file = dir.resolve("comment.csv");
        Files.write(file, withBytes(text, text.indexOf("Caf_") + 3, 0xE9));

        ImportResult result = read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(r -> r.child().name().orElseThrow()).containsExactly("Ana López", "Zoë Núñez");
        assertThat(result.warnings()).contains("1 row holds bytes that are not valid UTF-8 only in columns that are not"
                + " used (line 3); it was read as usual");
    }

    @Test
    void keepsEveryUndamagedRowsAccentedNameWhateverSingleByteDamageTheOtherRowsHave() throws Exception {
        Random random = new Random(2026);
        String[] names = {"Ana López", "Zoë Núñez", "Søren Ørsted", "Łucja Wójcik", "Nguyễn Thị Hà", "François Müller",
                "Ñandú Peña", "Çağrı Şahin", "Jürgen Öztürk", "Marie-Hélène Dupré", "王小明", "Olivia Smith"};
        int[] bad = {0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF5, 0xFE, 0xFF};
        for (int round = 0; round < 60; round++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            bytes.write((Csv.HEADER + ",Comments\n").getBytes(StandardCharsets.UTF_8));
            java.util.Map<Integer, String> intact = new java.util.LinkedHashMap<>();
            java.util.Set<Integer> damagedUsed = new java.util.HashSet<>();
            java.util.Set<Integer> damagedUnused = new java.util.HashSet<>();
            int rows = 2 + random.nextInt(8);
            for (int r = 0; r < rows; r++) {
                int line = r + 2;
                String name = names[random.nextInt(names.length)];
                String row = Csv.row("K" + r, name, "2024-10-01", "yes", "sí", "a veces", "not yet") + ",note é " + r;
                if (random.nextInt(3) == 0) {
                    // One bad byte somewhere in the row, in a used cell or in the comment.
                    int at = random.nextInt(row.length());
                    bytes.write(withBytes(row, at, bad[random.nextInt(bad.length)]));
                    if (at > row.lastIndexOf(',')) {
                        damagedUnused.add(line);
                    } else {
                        damagedUsed.add(line);
                    }
                } else {
                    bytes.write(row.getBytes(StandardCharsets.UTF_8));
                    intact.put(line, name);
                }
                bytes.write('\n');
            }
            Path file = dir.resolve("damaged-" + round + ".csv");
            Files.write(file, bytes.toByteArray());

            ImportResult result = read(file);

            java.util.Map<Integer, String> read = new java.util.LinkedHashMap<>();
            result.rows().forEach(row -> read.put(row.line(), row.child().name().orElseThrow()));
            assertThat(read).as("round %d", round).containsAllEntriesOf(intact);
            assertThat(result.failedLines()).as("round %d", round).containsExactlyInAnyOrderElementsOf(
                    damagedUsed.stream().sorted().toList());
            assertThat(read.keySet()).as("round %d", round).containsAll(damagedUnused);
            assertThat(result.format().charset()).isEqualTo(StandardCharsets.UTF_8);
        }
    }

}
