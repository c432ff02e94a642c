package threadlab.machine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a Chromium-family browser, which renders the report headless in a test: on PATH, then where installers put one. */
public final class Browsers {

    private Browsers() {}

    /** The first Chromium, Chrome or Edge found. */
    public static Optional<Path> chromium() {
        Optional<Path> onPath = OnPath.find("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
        if (onPath.isPresent()) {
            return onPath;
        }
        return installed().stream().filter(Files::isExecutable).findFirst();
    }

    private static List<Path> installed() {
        List<Path> places = new ArrayList<>();
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Mac")) {
            places.add(Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"));
            places.add(Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
        } else if (os.startsWith("Windows")) {
            for (String variable : List.of("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA")) {
                String base = System.getenv(variable);
                if (base != null) {
                    places.add(Path.of(base, "Google", "Chrome", "Application", "chrome.exe"));
                    places.add(Path.of(base, "Microsoft", "Edge", "Application", "msedge.exe"));
                }
            }
        }
        return places;
    }
}
