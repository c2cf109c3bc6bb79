package io.policylens.claims.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of {@link RemoteMatch} as claims-service pages everything (commons Page: items, page, size, total). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteMatchPage(List<RemoteMatch> items, int page, int size, long total) {
}
