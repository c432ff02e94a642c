package threadlab.measure;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A mark the meter commits into JFR at the start and at the end of each run: the JFR stream
 * delivers events in the order they were committed, so every pinned event counted before the
 * end mark arrives belongs to a run that had ended by then, and none after it.
 */
@Name(RunMarkEvent.NAME)
@Label("Run mark")
@Category("Thread Lab")
@StackTrace(false)
final class RunMarkEvent extends jdk.jfr.Event {

    static final String NAME = "threadlab.RunMark";

    @Label("Sequence")
    long sequence;

    RunMarkEvent(long sequence) {
        this.sequence = sequence;
    }
}
