package threadlab.python;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parent for {@link BaselineDiesWithParentTest}: starts the Python baseline's full profile as
 * the lab does (the interpreter's command in {@code args[2..]}, its standard input a pipe held
 * here, {@code --exit-when-stdin-closes}), prints its pid and the script's folder on one line,
 * then relays the script's output line by line until it is killed. {@code args[0]}: the results
 * file the script writes; {@code args[1]}: {@code quick} or {@code full}.
 */
public final class OrphanedBaselineMain {

    public static void main(String[] args) throws Exception {
        BaselineScript script = BaselineScript.extract();
        List<String> command = new ArrayList<>(List.of(args).subList(2, args.length));
        command.addAll(
                List.of(script.file().toString(), "--out", Path.of(args[0]).toString(), "--exit-when-stdin-closes"));
        if (args[1].equals("quick")) {
            command.add("--quick");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        PythonBaseline.environment(builder);
        Process python = builder.start();
        System.out.println("python " + python.pid() + " " + script.file().getParent());
        System.out.flush();
        try (var lines = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println(line);
                System.out.flush();
            }
        }
        Thread.sleep(600_000);
    }
}
