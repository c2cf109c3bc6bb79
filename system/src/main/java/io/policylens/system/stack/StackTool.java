package io.policylens.system.stack;

import io.policylens.system.supervisor.StackCommands;
import io.policylens.system.supervisor.StackFailure;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Java side of {@code ./policylens up | down | status | logs | start | stop | restart | token}: needs only a JDK
 * (no curl or jq). The process commands (up, down, status, start, stop...) are {@link StackCommands}; after {@code up}
 * has started the stack, this ingests the corpus or prints the summary.
 * <pre>
 *   StackTool ingest --corpus DIR [--visibility public|partner] [--as partner-a-api] [--timeout 300]
 *   StackTool summary [--as partner-a-api]
 *   StackTool token &lt;user|client&gt; [password]
 *   StackTool secret &lt;client&gt;
 * </pre>
 * Ports come from the same environment variables as the scripts (GATEWAY_PORT, KEYCLOAK_PORT...); the repository
 * root from {@code -Dpolicylens.repo.root} (default: the working directory).
 */
public final class StackTool {

    private StackTool() {
    }

    public static void main(String[] args) {
        try {
            Path root = Path.of(System.getProperty("policylens.repo.root", ".")).toAbsolutePath().normalize();
            System.exit(run(args, System.getenv(), root, System.out));
        } catch (StackFailure e) {
            System.err.println("policylens: " + e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("policylens: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Runs one command against the stack the environment describes; progress goes to stderr, results to {@code out}.
     */
    public static int run(String[] args, Map<String, String> environment, Path root, PrintStream out) {
        if (args.length == 0) {
            throw new IllegalArgumentException(
                    "usage: up|down|status|start|stop|restart|ingest|summary|token|secret ...");
        }
        List<String> arguments = List.of(args);
        String[] next = args;
        if (StackCommands.NAMES.contains(args[0])) {
            StackCommands commands = new StackCommands(environment, root);
            if (!args[0].equals("up")) {
                return commands.run(arguments, out);
            }
            StackCommands.UpRequest up = commands.up(arguments);
            if (up.ingest()) {
                String[] ingestArgs = {"ingest", "--corpus", up.corpus().toString(), "--visibility", up.visibility(),
                        "--as", "partner-a-api"};
                int code = afterStart(ingestArgs, environment, root, out);
                info("time to first summary: " + up.secondsSinceStart() + "s");
                return code;
            } else if (up.summary()) {
                next = new String[] {"summary", "--as", "partner-a-api"};
            } else {
                return 0;
            }
        } else if (args[0].equals("token")) {
            new StackCommands(environment, root).requireKeycloak();
        }
        return afterStart(next, environment, root, out);
    }

    private static int afterStart(String[] args, Map<String, String> environment, Path root, PrintStream out) {
        StackConfig config = StackConfig.fromEnvironment(environment, root);
        RealmFile realm = RealmFile.read(config.realmFile());
        HttpClient http = GatewayClient.newHttpClient();
        KeycloakTokens tokens = new KeycloakTokens(config.issuer(), realm, http);
        GatewayClient gateway = new GatewayClient(config.gateway(), tokens, http, true);
        Map<String, String> options = options(args, 1);
        String who = options.getOrDefault("as", "partner-a-api");
        switch (args[0]) {
            case "token" -> {
                String name = positional(args);
                out.println(args.length > 2 && !args[2].startsWith("--") ? tokens.token(name, args[2])
                        : tokens.token(name));
                return 0;
            }
            case "secret" -> {
                String client = positional(args);
                out.println(realm.secret(client).orElseThrow(() ->
                        new IllegalArgumentException("no confidential client " + client)));
                return 0;
            }
            case "summary" -> {
                new StackSummary(gateway, who, config, realm).print(out);
                return 0;
            }
            case "ingest" -> {
                return ingest(gateway, who, options, config, realm, out);
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static int ingest(GatewayClient gateway, String who, Map<String, String> options, StackConfig config,
                              RealmFile realm, PrintStream out) {
        Path corpus = Path.of(required(options, "corpus"));
        String visibility = options.getOrDefault("visibility", "public");
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "300")));
        List<Path> files = CorpusFolder.files(corpus);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .txt, .html or .md files in " + corpus);
        }
        info("ingesting " + files.size() + " documents from " + corpus + " through " + gateway.base() + " as " + who
                + " (visibility " + visibility + ")...");
        CorpusIngest.Report report = new CorpusIngest(gateway, who).submit(files, visibility, StackTool::info);
        info("submitted: " + report.created() + " new, " + report.existing() + " already stored, "
                + report.rejected().size() + " rejected");
        long start = System.nanoTime();
        List<UUID> pending = new ExtractionProgress(gateway, who).await(report.ids(), timeout, StackTool::info);
        if (pending.isEmpty()) {
            info(String.format("extraction finished in %.1fs", (System.nanoTime() - start) / 1e9));
        } else {
            info("WARNING: " + pending.size() + " documents not fully extracted after " + timeout.toSeconds()
                    + "s; the summary shows what there is");
        }
        new StackSummary(gateway, who, config, realm).print(out);
        return report.rejected().isEmpty() && pending.isEmpty() ? 0 : 1;
    }

    private static void info(String line) {
        System.err.println("policylens: " + line);
    }

    private static String positional(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new IllegalArgumentException(args[0] + " needs a name");
        }
        return args[1];
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** --name value pairs after the command (a lone positional argument is skipped). */
    static Map<String, String> options(String[] args, int from) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = from; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            }
        }
        return options;
    }
}
