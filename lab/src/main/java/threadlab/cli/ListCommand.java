package threadlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import threadlab.experiment.Experiment;
import threadlab.experiment.Experiments;
import threadlab.mode.ModeType;
import threadlab.mode.Modes;
import threadlab.workload.WorkloadType;
import threadlab.workload.Workloads;

/** {@code list}: the catalog, straight from the registries, so it can never disagree with the code. */
@Command(name = "list", description = "List the workloads, modes and experiments, one line each.")
final class ListCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Workloads (--workload SPEC):");
        for (WorkloadType t : Workloads.types()) {
            out.printf("  %-44s %-9s %s%n", t.example(), t.nature(), t.summary());
        }
        out.println();
        out.println("Modes (--modes ID,ID; N defaults to --concurrency, else the core count):");
        for (ModeType t : Modes.types()) {
            out.printf("  %-20s %s%n", t.usage(), t.summary());
        }
        out.println();
        out.println("Experiments (run ID... [--quick]):");
        for (Experiment e : Experiments.all()) {
            out.printf("  %-20s %s%n", e.id(), e.summary());
        }
        out.printf("  %-20s %s%n", Experiments.ALL, "every experiment above, in this order");
        out.flush();
        return LabCommand.OK;
    }
}
