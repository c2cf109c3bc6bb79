package io.policylens.documents.client.stream;

import io.policylens.common.problem.ProblemException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A dead letter's id: {@code <partition>-<offset>} on the dead-letter topic. */
public record DeadLetterId(int partition, long offset) {

    public static final String PATTERN = "[0-9]{1,4}-[0-9]{1,18}";

    public static String of(ConsumerRecord<?, ?> record) {
        return record.partition() + "-" + record.offset();
    }

    public static DeadLetterId parse(String id) {
        if (id == null || !id.matches(PATTERN)) {
            throw ProblemException.badRequest("a dead letter id is <partition>-<offset>, e.g. 4-17");
        }
        int dash = id.indexOf('-');
        return new DeadLetterId(Integer.parseInt(id.substring(0, dash)), Long.parseLong(id.substring(dash + 1)));
    }
}
