package org.otmilestones.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The files a run reads (the export, a mapping, a dictionary, a catalog, a clinic profile), so that no
 * output ever replaces one of them: not under the same name, nor through a link or a hard link to it,
 * not even with {@code --force}.
 */
final class InputFiles {

    private static final InputFiles NONE = new InputFiles(List.of());

    private final List<Path> files;

    private InputFiles(List<Path> files) {
        this.files = files;
    }

    /** The given inputs; nulls (options not given) and standard input are left out. */
    static InputFiles of(Path... inputs) {
        List<Path> files = new ArrayList<>();
        Arrays.stream(inputs).filter(Objects::nonNull).filter(p -> !Inputs.isStandardInput(p)).forEach(files::add);
        return new InputFiles(List.copyOf(files));
    }

    static InputFiles none() {
        return NONE;
    }

    /** These inputs and more. */
    InputFiles and(Path... more) {
        List<Path> all = new ArrayList<>(files);
        all.addAll(of(more).files);
        return new InputFiles(List.copyOf(all));
    }

    /** True when writing {@code target} would replace one of the inputs. */
    boolean contains(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        for (Path input : files) {
            if (absolute.equals(input.toAbsolutePath().normalize())) {
                return true;
            }
            try {
                // Compares the files themselves (device and inode), so a link or a hard link is caught too.
                if (Files.exists(target) && Files.isSameFile(target, input)) {
                    return true;
                }
            } catch (IOException e) {
                // The input is gone or unreadable: then the target cannot be it.
            }
        }
        return false;
    }

    /** The input that {@code target} is, for a message. */
    Path which(Path target) {
        for (Path input : files) {
            if (new InputFiles(List.of(input)).contains(target)) {
                return input;
            }
        }
        throw new IllegalArgumentException("target " + target + " is not an input");
    }
}
