package threadlab.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The machine and JVM a run was measured on. {@code carrierParallelism} is the number of
 * carrier threads virtual threads run on. {@code machine} is what this machine lets the lab show
 * (JDKs, OS limits, Python, Jupyter, Chromium: see {@link MachineFacts}); absent in run folders
 * written before it existed, and in the Python baseline's own file. A field the OS cannot tell is
 * null, never guessed.
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
        @JsonInclude(JsonInclude.Include.NON_NULL) MachineFacts machine) {

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
