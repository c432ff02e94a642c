package threadlab.child;

import java.util.List;

/**
 * {@code test-sleeper}, a child kind of the tests alone (listed in the test resources' services
 * file): sleeps until it is ended. {@code args[0]}, if given, says whether its stdin's end ends it.
 */
public final class SleeperKind implements ChildKind {

    @Override
    public String name() {
        return "test-sleeper";
    }

    @Override
    public boolean exitsWhenStdinCloses(List<String> args) {
        return args.isEmpty() || Boolean.parseBoolean(args.get(0));
    }

    @Override
    public int run(long parentPid, List<String> args) throws InterruptedException {
        Thread.sleep(600_000);
        return 0;
    }
}
