package io.policylens.documents.annotation;

/**
 * An occurrence of a gazetteer entity in the document text.
 *
 * @param entityId  canonical id, e.g. {@code south-korea}
 * @param name      canonical display name, e.g. {@code South Korea}
 * @param type      entity kind
 * @param start     offset of the surface form in the normalised text
 * @param end       offset just past it
 * @param surface   the text as written, e.g. {@code ROK}
 */
public record EntityMention(String entityId, String name, EntityType type, int start, int end, String surface) {
}
