package io.policylens.recommendations.rest;

import io.policylens.common.paging.Page;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cluster with one page of its members. */
@RegisterForReflection
@Schema(description = "A cluster and a page of its members you may see")
public record ClusterDetailView(ClusterView cluster, Page<RecommendationView> members) {
}
