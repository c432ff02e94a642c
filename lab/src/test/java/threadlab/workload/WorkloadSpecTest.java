package threadlab.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import threadlab.InvalidInputException;

class WorkloadSpecTest {

    @Test
    void parsesNameAndParametersInOrder() {
        WorkloadSpec spec = WorkloadSpec.parse("mixed:cpuWork=1000,ioMs=5");
        assertThat(spec.name()).isEqualTo("mixed");
        assertThat(spec.params())
                .containsExactly(java.util.Map.entry("cpuWork", "1000"), java.util.Map.entry("ioMs", "5"));
        assertThat(spec).hasToString("mixed:cpuWork=1000,ioMs=5");
    }

    @Test
    void aBareNameUsesTheDefaults() {
        try (Workload w = Workloads.create("sleep")) {
            assertThat(w.blockingTime().toMillis()).isEqualTo(1000);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                        | empty workload spec",
                "Sleep:ms=1                | bad workload name 'Sleep'",
                "sleep:                    | has no key=value",
                "sleep:ms                  | bad parameter 'ms'",
                "sleep:ms=                 | bad parameter 'ms='",
                "sleep:ms=1,ms=2           | given twice",
                "sleep:1x=2                | bad parameter name '1x'",
                "nap:ms=1                  | unknown workload 'nap'; valid: sleep, socket, cpu, mixed, counter",
                "sleep:seconds=1           | unknown parameter 'seconds' for workload 'sleep'; valid: ms",
                "sleep:ms=fast             | is not a whole number",
                "sleep:ms=-1               | out of range [0, 3600000]",
                "cpu:work=999999999999999  | out of range",
                "counter:lock=mutex        | is not one of: none, synchronized, reentrant, atomic, adder",
                "socket:bytes=0            | out of range [1, 1048576]"
            })
    void rejectsBadSpecsWithAClearMessage(String spec, String expected) {
        assertThatThrownBy(() -> Workloads.validate(spec))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"sleep:ms=0", "cpu:work=1_000", "socket:latencyMs=0,bytes=1", "counter:lock=adder,increments=1"})
    void acceptsGoodSpecs(String spec) {
        assertThat(Workloads.validate(spec).name()).isEqualTo(spec.substring(0, spec.indexOf(':')));
    }
}
