package io.policylens.gateway.rest;

/** OpenAPI examples of the dead-letter answers of claims- and recommendations-service, as the gateway relays them. */
final class DeadLetterExamples {

    static final String LIST = "[{\"id\":\"4-17\",\"documentId\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\","
            + "\"revision\":3,\"kind\":\"updated\",\"seq\":1204,\"error\":\"HTTP 500 Internal Server Error\","
            + "\"errorClass\":\"jakarta.ws.rs.InternalServerErrorException\","
            + "\"deadLetteredAt\":\"2026-11-24T09:00:00Z\",\"replayed\":false}]";

    static final String REPLAYED_ONE = "{\"applied\":1,\"failed\":0,\"results\":[{\"id\":\"4-17\",\"applied\":true,"
            + "\"error\":null}]}";

    static final String REPLAYED_ALL = "{\"applied\":1,\"failed\":1,\"results\":[{\"id\":\"4-17\",\"applied\":true,"
            + "\"error\":null},{\"id\":\"4-18\",\"applied\":false,\"error\":\"InternalServerErrorException: HTTP 500 "
            + "Internal Server Error\"}]}";

    static final String BAD_ID = "{\"type\":\"https://policylens.io/problems/validation\",\"title\":\"Bad Request\","
            + "\"status\":400,\"detail\":\"id: must be <partition>-<offset>, e.g. 4-17\","
            + "\"instance\":\"/api/v1/claims/admin/feed/dead-letters/17/replay\",\"requestId\":\"3f2a9c\","
            + "\"errors\":[{\"field\":\"id\",\"message\":\"must be <partition>-<offset>, e.g. 4-17\"}]}";

    static final String NOT_FOUND = "{\"type\":\"https://policylens.io/problems/not-found\",\"title\":\"Not Found\","
            + "\"status\":404,\"detail\":\"no dead letter 4-17\","
            + "\"instance\":\"/claims/admin/feed/dead-letters/4-17/replay\",\"requestId\":\"3f2a9c\"}";

    private DeadLetterExamples() {
    }
}
