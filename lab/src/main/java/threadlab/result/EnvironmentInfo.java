package threadlab.result;

import java.util.List;

/**
 * The machine and JVM a run was measured on. {@code carrierParallelism} is the number of
 * carrier threads virtual threads run on. A field the OS cannot tell is null, never guessed.
 */
public record EnvironmentInfo(
        String jdk,
        String vendor,
        String vm,
        int cores,
        String os,
        String arch,
        String cpu,
        Long memoryBytes,
        long maxHeapBytes,
        List<String> jvmArgs,
        int carrierParallelism) {}
