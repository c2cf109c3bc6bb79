package io.policylens.recommendations.repository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A cluster as one caller sees it: counts over the members that caller may see only.
 *
 * @param id         stable cluster id
 * @param label      the stored label when its member is visible, else the action of a visible member
 * @param keywords   the stored keywords when every member is visible, else empty (they may echo private text)
 * @param members    visible members
 * @param documents  distinct documents among them
 * @param publishers distinct publishers among them
 * @param opposing   visible members advising against the action
 * @param updatedAt  last re-clustering that changed the cluster
 */
public record ClusterRow(String id, String label, List<String> keywords, long members, long documents, long publishers,
                         long opposing, OffsetDateTime updatedAt) {
}
