package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import threadlab.result.RunResult;
import threadlab.workload.Nature;

class ResultTableTest {

    @Test
    void aRunWhoseChildJvmDeliveredNothingPrintsAsARowWithoutAChecksum() {
        List<RunResult> runs = List.of(failed(0), failed(1));

        StringWriter table = new StringWriter();
        ResultTable.print(new PrintWriter(table, true), runs);

        assertThat(table.toString()).containsPattern("virtual\\s+2 .*no checksum");
    }

    private static RunResult failed(int repeat) {
        return RunResult.builder("pinning", "pinning:block=synchronized,ms=10", Nature.IO, "virtual", 50, 50, repeat)
                .failed(50)
                .error("the child JVM wrote something that is not a result")
                .build();
    }
}
