package io.policylens.system.supervisor;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The process commands of the stack tool, behind
 * {@code ./policylens up | down | status | logs | start | stop | restart}
 * (the scripts build what is missing, then call these):
 * <pre>
 *   up [--corpus DIR] [--no-ingest] [--no-summary] [--private] [--build-seconds S]
 *                                 start everything (ingest: StackTool)
 *   down | status
 *   start|stop|restart &lt;part&gt; [--kill]
 *   launch &lt;service&gt;            start a service without waiting (bench-startup)
 *   log &lt;part&gt;                   the path of a part's log
 *   service-env &lt;service&gt;       the environment a service runs with (NAME=value lines)
 *   java-options &lt;part&gt;         the JVM options a part runs with
 *   documents start|watch|stop|status   documents-service alone with its local profile (./policylens run documents)
 * </pre>
 */
public final class StackCommands {

    public static final Set<String> NAMES = Set.of("up", "down", "status", "start", "stop", "restart", "launch", "log",
            "service-env", "java-options", "documents");
    private static final String LOG_USAGE = "logs of what? gateway | documents | claims | recommendations | kafka"
            + " | keycloak | postgres  [-f] [-n LINES]";

    /** What {@code up} asks of the caller once the stack runs: ingest a corpus, print a summary, or neither. */
    public record UpRequest(Path corpus, String visibility, boolean ingest, boolean summary,
            double buildSeconds, long startedNanos) {

        /** Seconds since {@code ./policylens up} began, its build check included. */
        public String secondsSinceStart() {
            return String.format("%.1f", buildSeconds + (System.nanoTime() - startedNanos) / 1e9);
        }
    }

    private final StackContext context;
    private final Stack stack;

    public StackCommands(Map<String, String> environment, Path repoRoot) {
        this.context = StackContext.fromEnvironment(environment, repoRoot);
        this.stack = new Stack(context);
    }

    /** Runs a command other than up; its exit code. */
    public int run(List<String> args, PrintStream out) {
        String command = args.get(0);
        switch (command) {
            case "down" -> {
                stack.down();
                Console.info("stopped");
            }
            case "status" -> stack.status(out);
            case "start", "stop", "restart" -> {
                String part = Parts.resolve(argument(args, "usage: ./policylens " + command
                        + " <postgres|kafka|keycloak|documents|claims|recommendations|gateway>"));
                if (!command.equals("start")) {
                    stack.stop(part, args.contains("--kill"));
                }
                if (!command.equals("stop")) {
                    stack.start(part);
                }
            }
            case "launch" -> stack.service(service(args)).launch();
            case "log" -> out.println(context.paths().log(Parts.resolve(argument(args, LOG_USAGE))));
            case "service-env" -> new ServiceEnvironment(context).of(service(args))
                    .forEach((k, v) -> out.println(k + "=" + v));
            case "java-options" -> {
                String part = Parts.resolve(argument(args, "java-options of what?"));
                out.println(Parts.isService(part) ? context.jvmOptions().forService(part)
                        : context.jvmOptions().javaOptions(part));
            }
            case "documents" -> {
                return documents(argument(args, "usage: documents start|watch|stop|status"), out);
            }
            default -> throw new StackFailure("unknown command " + command);
        }
        return 0;
    }

    private int documents(String action, PrintStream out) {
        DocumentsAlone documents = new DocumentsAlone(context);
        switch (action) {
            case "start" -> documents.start();
            case "watch" -> {
                return documents.watch();
            }
            case "stop" -> documents.stop();
            case "status" -> documents.status(out);
            default -> throw new StackFailure("usage: documents start|watch|stop|status");
        }
        return 0;
    }

    /** Starts the stack for {@code up}; returns what to do next (ingest or summary). */
    public UpRequest up(List<String> args) {
        long started = System.nanoTime();
        Path corpus = context.paths().repoRoot()
                .resolve(context.env("POLICYLENS_SHARED", context.paths().repoRoot().resolve("../shared").toString()))
                .resolve("corpus/seeds").normalize();
        boolean ingest = true;
        boolean summary = true;
        String visibility = "public";
        double buildSeconds = 0;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--corpus" -> {
                    if (i + 1 >= args.size()) {
                        throw new StackFailure("--corpus needs a folder");
                    }
                    corpus = Path.of(args.get(++i));
                }
                case "--no-ingest" -> ingest = false;
                case "--no-summary" -> summary = false;
                case "--private" -> visibility = "partner";
                case "--build-seconds" -> buildSeconds = Double.parseDouble(args.get(++i));
                default -> {
                    if (!arg.startsWith("--corpus=")) {
                        throw new StackFailure("unknown option: " + arg
                                + " (usage: ./policylens up [--corpus DIR] [--no-ingest] [--no-summary] [--private])");
                    }
                    corpus = Path.of(arg.substring("--corpus=".length()));
                }
            }
        }
        if (ingest && !Files.isDirectory(corpus)) {
            throw new StackFailure("no corpus folder " + corpus + " (give one with --corpus DIR, or --no-ingest)");
        }
        stack.up(buildSeconds, started);
        return new UpRequest(corpus, visibility, ingest, summary, buildSeconds, started);
    }

    /** Fails unless Keycloak answers (before a token is asked of it). */
    public void requireKeycloak() {
        Keycloak keycloak = stack.keycloak();
        if (!keycloak.ready()) {
            throw new StackFailure("Keycloak is not running on " + keycloak.url()
                    + " (start the stack with ./policylens up)");
        }
    }

    private static String service(List<String> args) {
        String part = Parts.resolve(argument(args, args.get(0) + " needs a service"));
        if (!Parts.isService(part)) {
            throw new StackFailure(part + " is not a service");
        }
        return part;
    }

    private static String argument(List<String> args, String usage) {
        if (args.size() < 2 || args.get(1).startsWith("-")) {
            throw new StackFailure(usage);
        }
        return args.get(1);
    }
}
