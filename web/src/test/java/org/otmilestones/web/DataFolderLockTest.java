package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One server per data folder: a second one is refused with the process that holds the folder. */
class DataFolderLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondServerInTheSameProgramIsRefusedAndStartsOnceTheFirstStops() throws Exception {
        try (TestServer first = TestServer.start()) {
            ServerConfig same = ServerConfig.of(first.dataDir, TestServer.CATALOG, line -> { }).withPort(0);
            assertThatThrownBy(() -> WebServer.start(same)).isInstanceOf(WebSetupException.class)
                    .hasMessageContaining("the data folder is in use by another otm serve (process "
                            + ProcessHandle.current().pid())
                    .hasMessageContaining("stop that one first");
            first.server.close();
            try (WebServer second = WebServer.start(same)) {
                assertThat(second.port()).isPositive();
            }
        }
    }

    @Test
    void aServerInAnotherProcessIsNamedByItsProcessNumberAndItsLockGoesWhenItIsKilled() throws Exception {
        Path data = tmp.resolve("data");
        Process other = ServerProcess.start(data);
        try {
            assertThat(ServerProcess.address(other)).startsWith("http://127.0.0.1:");
            ServerConfig same = ServerConfig.of(data, TestServer.CATALOG, line -> { }).withPort(0);
            assertThatThrownBy(() -> WebServer.start(same)).isInstanceOf(WebSetupException.class)
                    .hasMessageContaining("process " + other.pid() + ", since ");
        } finally {
            other.destroyForcibly();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (WebServer after = WebServer.start(ServerConfig.of(data, TestServer.CATALOG, line -> { }).withPort(0))) {
            assertThat(after.port()).as("the killed process's lock went with it").isPositive();
        }
    }
}
