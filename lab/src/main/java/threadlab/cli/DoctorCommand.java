package threadlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import threadlab.measure.HostFacts;
import threadlab.python.Interpreters;
import threadlab.python.JupyterKernel;
import threadlab.result.MachineFacts;

/**
 * {@code doctor}: what this machine will and will not show, on one screen. Each line is a fact
 * (the JDKs, cores and memory, the IPC folder and socket path limit, {@code /dev/shm}, descriptors,
 * the backlog cap, the thread limit, timed parks, every Python, Jupyter's kernel, Chromium) and
 * what it means for the lessons. The same facts, but for the kernel's and the other Pythons', are
 * in every run's {@code results.json} ({@code environment.machine}). Exit 0 whatever it finds: a
 * machine that lacks something still runs the lab, without that part.
 */
@Command(
        name = "doctor",
        description = {
            "What this machine will and will not show: JDKs, OS limits, Python, Jupyter, Chromium.",
            "  doctor"
        })
final class DoctorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Thread Lab doctor: what this machine will and will not show");
        out.flush();
        // The slow questions (every Python, and Jupyter's kernel, which starts one) are asked side by side with the
        // rest.
        var pythons = java.util.concurrent.CompletableFuture.supplyAsync(
                Interpreters::everyFound, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        var kernel = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return JupyterKernel.check(java.nio.file.Path.of("notebooks", "01_threads_vs_processes.ipynb"));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new JupyterKernel(null, null, null, null, null, "not checked (interrupted)");
                    }
                },
                java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        MachineFacts facts = HostFacts.facts();
        DoctorLines lines = new DoctorLines(
                facts,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory(),
                threadlab.measure.Host.jvm().memoryBytes());
        lines.jdks().forEach(out::println);
        lines.hardware().forEach(out::println);
        lines.ipc().forEach(out::println);
        lines.limits().forEach(out::println);
        out.flush();
        lines.pythons(pythons.join()).forEach(out::println);
        out.flush();
        out.println(lines.jupyter(kernel.join()));
        out.println(lines.chromium());
        out.flush();
        return LabCommand.OK;
    }
}
