package io.policylens.gateway.rest;

import io.policylens.common.problem.ProblemException;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The parts a multipart upload may carry, checked the way unknown JSON fields are: an unknown part (a misspelt
 * field, or an attempt to set what the API decides itself, such as the owner organisation) is refused with 400
 * instead of being dropped silently, and so is a part given twice (which of the two would count is a guess).
 */
final class UploadFields {

    static final Set<String> KNOWN = Set.of("file", "format", "title", "authors", "publisher", "publishedDate",
                    "sourceUrl", "language", "visibility");

    private UploadFields() {
    }

    static void check(Map<String, ? extends Collection<?>> parts) {
        for (Map.Entry<String, ? extends Collection<?>> part : parts.entrySet()) {
            if (!KNOWN.contains(part.getKey())) {
                throw new ProblemException(400, "unknown-field", "unknown field '" + part.getKey() + "'");
            }
            if (part.getValue().size() > 1) {
                throw ProblemException.badRequest("field '" + part.getKey() + "' is given more than once");
            }
        }
    }
}
