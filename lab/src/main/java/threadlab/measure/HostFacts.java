package threadlab.measure;

import java.util.List;
import threadlab.ipc.IpcPlace;
import threadlab.machine.Browsers;
import threadlab.machine.Jdk;
import threadlab.machine.Jdks;
import threadlab.machine.Limit;
import threadlab.machine.OnPath;
import threadlab.machine.OsLimits;
import threadlab.machine.TimedPark;
import threadlab.python.Interpreter;
import threadlab.python.Interpreters;
import threadlab.result.MachineFacts;

/** Gathers {@link MachineFacts}: files read and one question to the baseline's Python; nothing else is started. */
public final class HostFacts {

    private HostFacts() {}

    /** This machine's facts, now. */
    public static MachineFacts facts() {
        Interpreters.Choice python = Interpreters.forBaseline();
        Limit descriptors = OsLimits.descriptors();
        Limit backlog = OsLimits.backlogCap();
        Limit threads = OsLimits.threads();
        return new MachineFacts(
                jdks(Jdks.discover()),
                IpcPlace.folder().toString(),
                IpcPlace.socketPathLimit(),
                IpcPlace.sharedMemory() == null ? null : IpcPlace.sharedMemory().toString(),
                fact(descriptors),
                fact(backlog),
                OsLimits.connectBound(),
                fact(threads),
                TimedPark.measuredMicros(),
                TimedPark.coarse(),
                python.interpreter() == null ? null : fact(python.interpreter()),
                python.reason(),
                OnPath.find("jupyter").map(Object::toString).orElse(null),
                Browsers.chromium().map(Object::toString).orElse(null));
    }

    static List<MachineFacts.JdkFact> jdks(List<Jdk> jdks) {
        return jdks.stream()
                .map(j -> new MachineFacts.JdkFact(
                        j.home().toString(), j.version(), j.vendor(), j.feature(), j.usable(), j.foundBy()))
                .toList();
    }

    static MachineFacts.LimitFact fact(Limit limit) {
        return new MachineFacts.LimitFact(limit.value(), limit.source());
    }

    static MachineFacts.PythonFact fact(Interpreter python) {
        return new MachineFacts.PythonFact(python.label(), python.version(), python.gil(), python.executable());
    }
}
