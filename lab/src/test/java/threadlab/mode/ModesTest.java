package threadlab.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import threadlab.InvalidInputException;

class ModesTest {

    @Test
    void idsRoundTrip() {
        for (String id : new String[] {
            "sequential", "platform-pool:4", "platform-per-task", "virtual", "virtual-bounded:7", "forkjoin:2"
        }) {
            assertThat(Modes.parse(id).id()).isEqualTo(id);
        }
    }

    @Test
    void workersAreTheTasksThatComputeAtOnceEachToItsEnd() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(Modes.parse("sequential").workers(10)).isEqualTo(1);
        assertThat(Modes.parse("platform-pool:4").workers(10)).isEqualTo(4);
        assertThat(Modes.parse("platform-pool:4").workers(3)).isEqualTo(3);
        assertThat(Modes.parse("platform-per-task").workers(10)).isEqualTo(10);
        assertThat(Modes.parse("forkjoin:2").workers(10)).isEqualTo(2);
        assertThat(Modes.parse("virtual").workers(1000)).isEqualTo(cores);
        assertThat(Modes.parse("virtual").workers(1)).isEqualTo(1);
        assertThat(Modes.parse("virtual-bounded:1").workers(1000)).isEqualTo(1);
        assertThat(Modes.parse("async").workers(1000)).isEqualTo(cores);
    }

    @Test
    void aBoundedModeWithoutNGetsTheDefault() {
        assertThat(Modes.parse("platform-pool", 9).id()).isEqualTo("platform-pool:9");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fibers              | unknown mode 'fibers'; valid: sequential, platform-pool:N",
                "virtual:4           | mode 'virtual' takes no bound",
                "platform-pool:0     | expected a whole number from 1 to 1000000",
                "platform-pool:-3    | expected a whole number from 1 to 1000000",
                "platform-pool:many  | expected a whole number",
                "forkjoin:2000000    | expected a whole number from 1 to 1000000"
            })
    void rejectsBadIds(String id, String expected) {
        assertThatThrownBy(() -> Modes.parse(id))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(expected);
    }
}
