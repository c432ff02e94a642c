package threadlab.result;

/**
 * What the law says a run should take at best. {@code model} is {@code littles-law} (waiting
 * tasks: throughput = in-flight / latency), {@code amdahl} (computing tasks: the serial part runs
 * alone, the rest on min(cores, workers)) or {@code mixed-bound} (the slower of the two);
 * {@code basis} says which numbers went in.
 */
public record Prediction(String model, double wallSeconds, double throughputPerSecond, String basis) {}
