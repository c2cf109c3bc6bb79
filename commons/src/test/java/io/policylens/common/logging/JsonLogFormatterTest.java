package io.policylens.common.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLogFormatterTest {

    @Test
    void formatsOneJsonObjectPerLineWithTheRequestId() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "stored document \"x\"\nsecond line",
                        ExtLogRecord.FormatStyle.NO_FORMAT, JsonLogFormatterTest.class.getName());
        record.setLoggerName("io.policylens.test");
        record.setMdc(java.util.Map.of("requestId", "req-42"));

        String line = new JsonLogFormatter().format(record);

        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("loggerName").asText()).isEqualTo("io.policylens.test");
        assertThat(json.get("message").asText()).isEqualTo("stored document \"x\"\nsecond line");
        assertThat(json.get("mdc").get("requestId").asText()).isEqualTo("req-42");
        assertThat(json.get("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(json.has("exception")).isFalse();

        record.setThrown(new IllegalStateException("boom"));
        JsonNode withError = new ObjectMapper().readTree(new JsonLogFormatter().format(record));
        assertThat(withError.get("exception").asText()).contains("IllegalStateException: boom");
    }
}
