package io.policylens.documents.client.stream;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Opens the Kafka channels only when {@code policylens.feed.source=kafka} and the consumer is enabled
 * ({@code policylens.feed.enabled}): a channel's {@code enabled} attribute is a boolean, and this is the one place
 * that derives it from the source switch, at run time (one native image serves both sources).
 */
public class ChannelSwitch implements ConfigSourceInterceptor {

    private static final String PREFIX = "mp.messaging.incoming.";
    private static final String SUFFIX = ".enabled";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return context.proceed(name);
        }
        String channel = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        if (!channel.equals(StreamChannels.CHANGES) && !channel.equals(StreamChannels.SCOPE)) {
            return context.proceed(name);
        }
        // restart: the whole chain, so the values are resolved (${POLICYLENS_FEED_SOURCE:http}, %test. overrides)
        ConfigValue source = context.restart(FeedSource.PROPERTY);
        ConfigValue enabled = context.restart("policylens.feed.enabled");
        boolean open = FeedSource.parse(source == null ? null : source.getValue()) == FeedSource.KAFKA
                && (enabled == null || Boolean.parseBoolean(enabled.getValue()));
        return ConfigValue.builder().withName(name).withValue(Boolean.toString(open))
                .withConfigSourceName("policylens.feed.source switch").build();
    }
}
