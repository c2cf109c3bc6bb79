package io.policylens.cli;

/** A command line that cannot be run as given; {@link Main} prints the message and exits with code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
