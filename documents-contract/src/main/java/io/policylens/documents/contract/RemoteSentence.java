package io.policylens.documents.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A sentence with offsets and annotations, as documents-service serves it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteSentence(int index, int start, int end, String text, String section, int block, String kind,
                             List<Entity> entities, List<Topic> topics) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String id, String name, String type, int start, int end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Topic(String topic, double score) {
    }
}
