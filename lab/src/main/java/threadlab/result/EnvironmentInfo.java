package threadlab.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The machine and JVM a run was measured on. {@code carrierParallelism} is the number of
 * carrier threads virtual threads run on. {@code machine} is what this machine lets the lab show
 * (JDKs, OS limits, Python, Jupyter, Chromium: see {@link MachineFacts}); absent in run folders
 * written before it existed, and in the Python baseline's own file. {@code noiseFloor} is how much
 * the same small cell varied here before the runs ({@link NoiseFloor}); absent in older folders.
 * A field the OS cannot tell is null, never guessed.
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
        int carrierParallelism,
        @JsonInclude(JsonInclude.Include.NON_NULL) MachineFacts machine,
        @JsonInclude(JsonInclude.Include.NON_NULL) NoiseFloor noiseFloor) {

    /** The fingerprint with machine facts, before (or without) a noise floor. */
    public EnvironmentInfo(
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
            int carrierParallelism,
            MachineFacts machine) {
        this(
                jdk,
                vendor,
                vm,
                cores,
                os,
                arch,
                cpu,
                memoryBytes,
                maxHeapBytes,
                jvmArgs,
                carrierParallelism,
                machine,
                null);
    }

    /** The same fingerprint with the machine's noise floor, measured before the runs. */
    public EnvironmentInfo withNoiseFloor(NoiseFloor floor) {
        return new EnvironmentInfo(
                jdk,
                vendor,
                vm,
                cores,
                os,
                arch,
                cpu,
                memoryBytes,
                maxHeapBytes,
                jvmArgs,
                carrierParallelism,
                machine,
                floor);
    }

    /** The fingerprint without machine facts (a child JVM's, or a reader's stand-in). */
    public EnvironmentInfo(
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
            int carrierParallelism) {
        this(jdk, vendor, vm, cores, os, arch, cpu, memoryBytes, maxHeapBytes, jvmArgs, carrierParallelism, null);
    }
}
