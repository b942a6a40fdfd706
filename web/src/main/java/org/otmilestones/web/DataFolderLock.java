package org.otmilestones.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One server per data folder: the first holds an operating-system lock on {@code otm.lock} in it, with
 * its process id written at the start of the file, so a second one is refused with a message that names
 * the process holding it. The lock goes with the process, also when it is killed.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "otm.lock";
    /** The lock covers a byte far past the text, so the text stays readable where locks are mandatory (Windows). */
    private static final long LOCKED_BYTE = 1L << 30;
    private static final Pattern PID = Pattern.compile("process (\\d+)");

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the data folder's lock.
     *
     * @throws WebSetupException when another server holds it (the message names its process) or the file
     *         cannot be made
     */
    static DataFolderLock acquire(Path dataDir) throws WebSetupException {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            DataFolder.ownerOnly(file);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new WebSetupException(dataDir.toString(), "the data folder is in use by another otm serve ("
                        + holder + ")", "stop that one first (Ctrl+C in its window), or give another folder with --data");
            }
            String text = "otm serve, process " + ProcessHandle.current().pid() + ", since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Already failing.
                }
            }
            throw new WebSetupException(file.toString(), "cannot make the data folder's lock file ("
                    + e.getClass().getSimpleName() + ")", "check the rights of the data folder, or choose another with --data", e);
        }
    }

    /** What the holder wrote: "process 1234, since ...", or a plain description when the file is empty. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(200);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        Matcher m = PID.matcher(text);
        if (!m.find()) {
            return "a process that has not written its number yet";
        }
        String rest = text.substring(text.indexOf("process"));
        return rest.length() > 80 ? rest.substring(0, 80) : rest;
    }

    /** Lets go of the lock; the file stays (deleting it could let a third server in between). */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The process's end lets go of it too.
        }
    }
}
