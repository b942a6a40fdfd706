package org.otmilestones.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.otmilestones.web.DataTasks;
import org.otmilestones.web.ServerConfig;
import org.otmilestones.web.WebSetupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code otm backup}: a consistent copy of otm serve's database, also while it is serving. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copy otm serve's database into a folder, also while it serves.",
                "The copy is consistent and holds everything: checklists, answers, the clinic",
                "profile, the staff password's hash. To restore: stop otm serve, copy the",
                "backup to DATA/otm.db (remove otm.db-wal and otm.db-shm), and start it."},
        footer = {"", "Example:", "  otm backup /media/usb/otm-backups --data otm-data"})
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder for the backup (made if need be, readable by you only).")
    Path target;

    @Option(names = "--data", paramLabel = "DIR", description = "otm serve's data folder. Default: otm-data")
    Path data = Path.of(ServerConfig.DEFAULT_DATA_DIR);

    @Override
    public Integer call() throws UserException {
        try {
            Path written = DataTasks.backup(data, target, LocalDateTime.now());
            spec.commandLine().getOut().println("Backup written: " + written);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (WebSetupException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage(), e);
        }
    }
}
