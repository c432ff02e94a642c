package threadlab.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A process that ran and ended: its stamp names nobody alive. */
public final class DeadOwner {

    private DeadOwner() {}

    public static OwnerStamp stamp() throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        OwnerStamp stamp = OwnerStamp.of(p.toHandle());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return stamp;
    }
}
