package io.policylens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tiny option parser: {@code --name value}, {@code --name=value} and boolean flags, plus positional
 * arguments. Unknown options are usage errors.
 */
final class Args {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /**
     * @param args        the arguments after the (sub)command
     * @param withValue   option names (without dashes) that take a value
     * @param flags       option names that take no value
     */
    static Args parse(List<String> args, Set<String> withValue, Set<String> flags) {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name)) {
                    if (value != null) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    parsed.options.put(name, "true");
                } else if (withValue.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    if (parsed.options.containsKey(name)) {
                        throw new UsageException("option --" + name + " given twice");
                    }
                    parsed.options.put(name, value);
                } else {
                    throw new UsageException("unknown option: " + arg);
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String option(String name) {
        return options.get(name);
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("missing required option --" + name);
        }
        return value;
    }

    int intOption(String name, int defaultValue, int min) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min) {
                throw new UsageException("--" + name + " must be at least " + min + ": " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs an integer: " + value);
        }
    }

    Double doubleOption(String name) {
        String value = options.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a number: " + value);
        }
    }

    void noPositional(String command) {
        if (!positional.isEmpty()) {
            throw new UsageException("unexpected argument for " + command + ": " + positional.getFirst());
        }
    }

    static Path existingDirectory(String value, String what) {
        Path path = Path.of(value);
        if (!Files.isDirectory(path)) {
            throw new UsageException(what + " is not a directory: " + value);
        }
        return path;
    }

    static Path existingFile(String value, String what) {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new UsageException(what + " is not a readable file: " + value);
        }
        return path;
    }
}
