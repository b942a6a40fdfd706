package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void foldsNamesToPlainAscii() {
        assertThat(FileNames.safeStem("Zoë Łukasiewicz-Nguyễn")).isEqualTo("zoe-lukasiewicz-nguyen");
        assertThat(FileNames.safeStem("Søren Ørsted")).isEqualTo("soren-orsted");
        assertThat(FileNames.safeStem("Đặng Thị Ánh")).isEqualTo("dang-thi-anh");
        assertThat(FileNames.safeStem("O'Brien")).isEqualTo("o-brien");
    }

    @Test
    void removesPathSeparatorsLeadingDotsControlCharactersAndEmoji() {
        assertThat(FileNames.safeStem("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(FileNames.safeStem("a/b\\c:d")).isEqualTo("a-b-c-d");
        assertThat(FileNames.safeStem(".hidden")).isEqualTo("hidden");
        assertThat(FileNames.safeStem("tab\there\u0000nul")).isEqualTo("tab-here-nul");
        assertThat(FileNames.safeStem("Mia 🦄")).isEqualTo("mia");
    }

    @Test
    void neverGivesAnEmptyOrReservedName() {
        assertThat(FileNames.safeStem("🦄🦄")).isEqualTo("child");
        assertThat(FileNames.safeStem("")).isEqualTo("child");
        assertThat(FileNames.safeStem(null)).isEqualTo("child");
        assertThat(FileNames.safeStem("CON")).isEqualTo("con-child");
    }

    @Test
    void limitsTheLength() {
        assertThat(FileNames.safeStem("x".repeat(500))).hasSize(FileNames.MAX_STEM_LENGTH);
    }

    @Test
    void makesNamesUniqueWithinARunIgnoringCase() {
        FileNames names = new FileNames();

        assertThat(names.unique("Ana", "pdf")).isEqualTo("ana.pdf");
        assertThat(names.unique("ana", "pdf")).isEqualTo("ana-2.pdf");
        assertThat(names.unique("ANA", "pdf")).isEqualTo("ana-3.pdf");
        assertThat(names.unique("x".repeat(200), "pdf")).hasSize(FileNames.MAX_STEM_LENGTH + 4);
        assertThat(names.unique("x".repeat(200), "pdf")).endsWith("-2.pdf").hasSize(FileNames.MAX_STEM_LENGTH + 4);
    }
}
