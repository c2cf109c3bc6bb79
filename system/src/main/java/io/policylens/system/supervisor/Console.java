package io.policylens.system.supervisor;

/** Progress lines on stderr, prefixed like every launcher message; stdout stays for results (status, tokens). */
public final class Console {

    private Console() {
    }

    public static void info(String line) {
        System.err.println("policylens: " + line);
    }
}
