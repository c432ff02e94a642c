package threadlab;

/**
 * Input the lab cannot act on: an unknown workload, mode or experiment id, a malformed spec, a
 * count out of range, an output folder that cannot be written. The message is one line, meant
 * for the user as it is; the CLI prints it and exits with code 2.
 */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String message) {
        super(message);
    }
}
