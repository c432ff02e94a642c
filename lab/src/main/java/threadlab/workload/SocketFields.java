package threadlab.workload;

/**
 * The fields a {@code socket} run adds of its own (see {@code RunResult#with}): where the server
 * ran ({@code child-jvm}), the {@code rounds} per connection, the {@code roundTrips} answered, the
 * server's CPU time in the run ({@code serverCpuSeconds}, part of the run's {@code cpuSeconds}:
 * it ran on the same cores), and the connects that failed for another reason than a refusal
 * ({@code failedConnections}; refusals are the run's {@code refusedConnections}). A component is
 * null where it is unknown.
 */
public record SocketFields(
        String server, Integer rounds, Long roundTrips, Double serverCpuSeconds, Long failedConnections) {}
