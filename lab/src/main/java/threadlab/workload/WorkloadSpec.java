package threadlab.workload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import threadlab.InvalidInputException;

/**
 * A workload described entirely by text, {@code name:key=value,key=value}, so that a child JVM
 * can rebuild exactly the same workload from the same string. Parsing checks the syntax only;
 * each workload checks its own keys and ranges through {@link #longParam} and {@link #choice}.
 */
public record WorkloadSpec(String name, Map<String, String> params) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    public WorkloadSpec {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Parses {@code name} or {@code name:key=value,...}.
     *
     * @throws InvalidInputException if the text is empty, the name or a key is malformed, a pair
     *     lacks {@code =} or a value, or a key is repeated
     */
    public static WorkloadSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("empty workload spec: expected name:key=value,... (e.g. sleep:ms=1000)");
        }
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException("bad workload name '" + name + "' in spec '" + trimmed + "'");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (colon >= 0) {
            String rest = trimmed.substring(colon + 1);
            if (rest.isEmpty()) {
                throw new InvalidInputException("workload spec '" + trimmed + "' ends with ':' but has no key=value");
            }
            for (String pair : rest.split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new InvalidInputException(
                            "bad parameter '" + pair + "' in spec '" + trimmed + "': expected key=value");
                }
                String key = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (!KEY.matcher(key).matches()) {
                    throw new InvalidInputException("bad parameter name '" + key + "' in spec '" + trimmed + "'");
                }
                if (params.put(key, value) != null) {
                    throw new InvalidInputException("parameter '" + key + "' given twice in spec '" + trimmed + "'");
                }
            }
        }
        return new WorkloadSpec(name, params);
    }

    /**
     * Rejects any key not in {@code known}, naming the valid ones.
     *
     * @throws InvalidInputException on the first unknown key
     */
    public void requireOnly(Set<String> known) {
        for (String key : params.keySet()) {
            if (!known.contains(key)) {
                throw new InvalidInputException("unknown parameter '" + key + "' for workload '" + name + "'; valid: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    /**
     * The whole-number value of {@code key}, or {@code fallback} when absent.
     *
     * @throws InvalidInputException if the value is not a whole number or lies outside [min, max]
     */
    public long longParam(String key, long fallback, long min, long max) {
        String raw = params.get(key);
        if (raw == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(raw.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "parameter " + key + "=" + raw + " of workload '" + name + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new InvalidInputException("parameter " + key + "=" + raw + " of workload '" + name
                    + "' is out of range [" + min + ", " + max + "]");
        }
        return value;
    }

    /**
     * The value of {@code key} if it is one of {@code allowed}, or {@code fallback} when absent.
     *
     * @throws InvalidInputException if the value is not one of {@code allowed}
     */
    public String choice(String key, String fallback, List<String> allowed) {
        String raw = params.getOrDefault(key, fallback);
        if (!allowed.contains(raw)) {
            throw new InvalidInputException("parameter " + key + "=" + raw + " of workload '" + name
                    + "' is not one of: " + String.join(", ", allowed));
        }
        return raw;
    }

    /** The canonical text: {@code name} or {@code name:key=value,...} in the order given. */
    @Override
    public String toString() {
        if (params.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name).append(':');
        params.forEach((k, v) -> sb.append(k).append('=').append(v).append(','));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
