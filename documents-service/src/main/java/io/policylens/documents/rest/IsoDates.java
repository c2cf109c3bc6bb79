package io.policylens.documents.rest;

import io.policylens.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses optional ISO dates from query and form parameters into a 400 problem when malformed. */
final class IsoDates {

    private IsoDates() {
    }

    static LocalDate parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("'" + name + "' must be an ISO date such as 2025-06-04");
        }
    }
}
