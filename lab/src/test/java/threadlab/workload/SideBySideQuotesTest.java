package threadlab.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's "blocking vs callbacks" section quotes the lab's own source. The quotes live in
 * {@code src/test/resources/side-by-side/}; this test holds each one to the source file it comes
 * from (line for line, indentation aside), and, where the README has the section, the README to
 * the quotes.
 */
class SideBySideQuotesTest {

    static final String README_HEADING = "## Blocking code vs callbacks, side by side";

    private static final Path SOURCES = Path.of("src", "main", "java", "threadlab", "workload");
    private static final Map<String, String> QUOTED_FROM = Map.of(
            "blocking-round-trip.txt", "SocketWorkload.java",
            "callback-round-trip.txt", "AsyncRoundTrip.java",
            "callback-next-step.txt", "AsyncRoundTrip.java",
            "callback-step-completed.txt", "AsyncRoundTrip.java");

    @Test
    void everyQuoteStillAppearsInItsSourceFile() throws IOException {
        for (var quote : QUOTED_FROM.entrySet()) {
            List<String> quoted = stripped(quote(quote.getKey()));
            List<String> source = stripped(Files.readString(SOURCES.resolve(quote.getValue())));
            assertThat(quoted).as(quote.getKey()).hasSizeGreaterThan(5);
            assertThat(String.join("\n", source))
                    .as(quote.getKey() + " as one block in " + quote.getValue())
                    .contains(String.join("\n", quoted));
        }
    }

    @Test
    void theReadmeSectionQuotesExactlyTheseSnippets() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assumeTrue(readme.contains(README_HEADING), "the README has no side-by-side section yet");
        for (String name : QUOTED_FROM.keySet()) {
            assertThat(readme).as(name).contains(quote(name).strip());
        }
    }

    private static String quote(String name) throws IOException {
        try (InputStream in = SideBySideQuotesTest.class.getResourceAsStream("/side-by-side/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> stripped(String text) {
        return text.lines().map(String::strip).toList();
    }
}
