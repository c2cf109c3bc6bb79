package io.policylens.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Processed markers: which document state the stored results come from. */
@ApplicationScoped
public class ProcessedDocumentRepository implements PanacheRepositoryBase<ProcessedDocumentEntity, UUID> {
}
