package io.policylens.documents.annotation;

/** Kinds of gazetteer entities. */
public enum EntityType {
    COUNTRY, ORGANISATION, COMPANY, INSTITUTION, AGREEMENT, PERSON
}
