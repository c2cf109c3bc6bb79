package io.policylens.common.logging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Switches console logs to one JSON object per line (timestamp, level, logger, message, MDC with the
 * request id, exception) when {@code policylens.log.json=true}, the default of the prod profile.
 *
 * <p>Why not quarkus-logging-json: its deployment artifact for the Quarkus version we build on is not
 * obtainable from the Maven repository available here. {@link JsonLogFormatter} does the job; only the
 * few lines logged before startup completes stay plain.
 */
@Singleton
public class JsonConsoleLogs {

    @ConfigProperty(name = "policylens.log.json", defaultValue = "false")
    boolean json;

    void onStart(@Observes StartupEvent event) {
        if (!json) {
            return;
        }
        JsonLogFormatter formatter = new JsonLogFormatter();
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            replaceConsoleFormatter(handler, formatter);
        }
    }

    /** Quarkus wraps the console handler in delegating handlers; walk down to the console one. */
    private static void replaceConsoleFormatter(Handler handler, JsonLogFormatter formatter) {
        if (handler instanceof org.jboss.logmanager.handlers.ConsoleHandler console) {
            console.setFormatter(formatter);
            return;
        }
        if (handler instanceof org.jboss.logmanager.ExtHandler ext) {
            for (Handler child : ext.getHandlers()) {
                replaceConsoleFormatter(child, formatter);
            }
        }
    }
}
