package threadlab.workload;

import java.io.IOException;

/**
 * Starts the process that hosts the {@link LoopbackServer}: found with
 * {@link java.util.ServiceLoader}, listed in
 * {@code META-INF/services/threadlab.workload.LoopbackLauncher}.
 */
public interface LoopbackLauncher {

    /**
     * Starts a host and returns once its server listens.
     *
     * @throws IOException if it cannot be started, or did not say where it listens in time
     */
    LoopbackHost start() throws IOException;
}
