package io.policylens.documents.client.stream;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The channels open only for the Kafka source of an enabled consumer, with expressions and profiles resolved. */
class ChannelSwitchTest {

    private static boolean open(String channel, Map<String, String> properties, String profile) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withInterceptors(new ChannelSwitch()).build();
        return config.getValue("mp.messaging.incoming." + channel + ".enabled", Boolean.class);
    }

    @Test
    void kafkaOpensBothChannelsAndHttpClosesThem() {
        Map<String, String> kafka = Map.of("policylens.feed.source", "${NO_SUCH_VARIABLE:kafka}");
        assertThat(open(StreamChannels.CHANGES, kafka, "prod")).isTrue();
        assertThat(open(StreamChannels.SCOPE, kafka, "prod")).isTrue();
        assertThat(open(StreamChannels.CHANGES, Map.of("policylens.feed.source", "http"), "prod")).isFalse();
        assertThat(open(StreamChannels.CHANGES, Map.of(), "prod")).as("http is the default").isFalse();
    }

    @Test
    void aDisabledConsumerKeepsThemClosedProfilesIncluded() {
        Map<String, String> properties = new HashMap<>(Map.of("policylens.feed.source", "kafka",
                "policylens.feed.enabled", "true", "%test.policylens.feed.enabled", "false"));
        assertThat(open(StreamChannels.CHANGES, properties, "prod")).isTrue();
        assertThat(open(StreamChannels.CHANGES, properties, "test")).isFalse();
    }

    @Test
    void otherChannelsAreLeftAlone() {
        Map<String, String> properties = Map.of("policylens.feed.source", "http",
                "mp.messaging.incoming.something-else.enabled", "true");
        assertThat(open("something-else", properties, "prod")).isTrue();
    }
}
