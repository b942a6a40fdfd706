package org.otmilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesTheWholeFileUnderItsName() throws Exception {
        Path target = dir.resolve("a.pdf");
        AtomicFiles.write(target, AtomicFiles.Existing.KEEP, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("hello");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void leavesNoFileWhenWritingFailsHalfway() throws Exception {
        Path target = dir.resolve("a.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(target, AtomicFiles.Existing.KEEP, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).doesNotExist();
        assertThat(filesIn(dir)).as("no temporary file left behind").isZero();
    }

    @Test
    void neverOverwritesAnExistingFileUnlessAllowed() throws Exception {
        Path target = dir.resolve("a.pdf");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, AtomicFiles.Existing.KEEP,
                out -> out.write('x'))).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(target).hasContent("old");

        AtomicFiles.write(target, AtomicFiles.Existing.REPLACE, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("new");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void writesTheFileReadableAndWritableByItsOwnerOnly() throws Exception {
        Path target = dir.resolve("a.pdf");
        AtomicFiles.write(target, AtomicFiles.Existing.KEEP, out -> out.write('x'));
        Path replaced = dir.resolve("b.pdf");
        Files.writeString(replaced, "old");
        AtomicFiles.write(replaced, AtomicFiles.Existing.REPLACE, out -> out.write('x'));

        // Checked as the mode set on the file, so it holds for root too, who could read any file anyway.
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(replaced)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void failsPlainlyWhenTheFolderCannotHoldTheFile() throws Exception {
        // A regular file where the folder should be refuses a new file even to root.
        Path notAFolder = Files.writeString(dir.resolve("reports"), "a file, not a folder");

        assertThatThrownBy(() -> AtomicFiles.write(notAFolder.resolve("a.pdf"), AtomicFiles.Existing.KEEP,
                out -> out.write('x'))).isInstanceOf(IOException.class);
        assertThat(notAFolder).hasContent("a file, not a folder");
        assertThat(filesIn(dir)).isEqualTo(1);
    }
}
