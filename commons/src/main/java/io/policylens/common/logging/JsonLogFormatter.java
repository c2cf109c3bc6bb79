package io.policylens.common.logging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One JSON object per log line: timestamp, level, logger, thread, message, MDC (request id) and the
 * stack trace. Written with Jackson because JBoss LogManager's own JSON formatter needs JSON-P on the
 * boot class path, which Quarkus's packaged layout does not offer.
 */
public class JsonLogFormatter extends ExtFormatter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    @Override
    public String format(ExtLogRecord record) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("timestamp", TIMESTAMP.format(Instant.ofEpochMilli(record.getMillis())));
            json.writeStringField("level", record.getLevel().getName());
            json.writeStringField("loggerName", record.getLoggerName());
            json.writeStringField("threadName", record.getThreadName());
            json.writeStringField("message", formatMessage(record));
            Map<String, String> mdc = record.getMdcCopy();
            if (mdc != null && !mdc.isEmpty()) {
                json.writeObjectFieldStart("mdc");
                for (Map.Entry<String, String> entry : mdc.entrySet()) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                json.writeStringField("exception", trace.toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }
}
