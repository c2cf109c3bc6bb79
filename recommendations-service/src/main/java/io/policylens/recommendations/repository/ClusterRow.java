package io.policylens.recommendations.repository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A cluster as one caller sees it: counts over the members that caller may see only (see
 * ClusterRepository).
 *
 * @param id stable cluster id
 * @param label the stored label for callers who see every partner, else the action of a visible
 *     member
 * @param keywords the stored keywords for callers who see every partner, else shared topics and
 *     forums of visible members
 * @param members visible members
 * @param documents distinct documents among them
 * @param publishers distinct publishers among them
 * @param opposing visible members advising against the action
 * @param updatedAt last re-clustering that changed the cluster, for partners when the newest
 *     visible member joined
 */
public record ClusterRow(
        String id,
        String label,
        List<String> keywords,
        long members,
        long documents,
        long publishers,
        long opposing,
        OffsetDateTime updatedAt) {}
