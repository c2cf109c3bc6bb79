package io.policylens.system.supervisor;

/** A part of the stack cannot be started or used; the tool prints the message and exits with 1 (what pl_die did). */
public final class StackFailure extends RuntimeException {

    public StackFailure(String message) {
        super(message);
    }
}
