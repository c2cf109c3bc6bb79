package io.policylens.system.e2e.fuzz;

/** One case of the suite: an operation, the caller (a realm user or client, or null for no token) and the request. */
public record FuzzCase(int number, ApiOperation operation, Mutation mutation, String caller, FuzzRequest request) {

    @Override
    public String toString() {
        return "#" + number + " " + mutation + " as " + (caller == null ? "anonymous" : caller) + ": "
                + request.describe();
    }
}
