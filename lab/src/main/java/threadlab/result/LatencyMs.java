package threadlab.result;

/** Task latency percentiles in milliseconds, from the run's HdrHistogram. */
public record LatencyMs(double p50, double p90, double p99, double max) {}
