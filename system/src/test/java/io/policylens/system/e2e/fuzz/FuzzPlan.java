package io.policylens.system.e2e.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The cases of one run, fixed by the seed: for every operation and every mutation class one case as the most powerful
 * caller (admin: the request reaches the validation behind the role check) and one as a caller that rotates through
 * all callers, so that every operation meets every caller and every class. Operations that rewind a change feed get
 * the powerful caller only with a query the gateway must refuse.
 */
public final class FuzzPlan {

    /** The callers: no token, the realm's users (cumulative roles), a partner client and another partner's user. */
    public static final List<String> CALLERS = Arrays.asList(null, "reader", "contributor", "analyst", "admin",
            "partner-a-api", "contributor-b");

    private FuzzPlan() {
    }

    public static List<FuzzCase> of(List<ApiOperation> operations, Baselines baselines, long seed) {
        List<FuzzCase> cases = new ArrayList<>();
        for (int o = 0; o < operations.size(); o++) {
            ApiOperation op = operations.get(o);
            Mutation[] mutations = Mutation.values();
            for (int m = 0; m < mutations.length; m++) {
                Mutation mutation = mutations[m];
                String powerful = op.rewindsAFeed() && mutation != Mutation.BAD_QUERY_PARAMETERS ? "analyst" : "admin";
                String rotating = CALLERS.get((o + m) % CALLERS.size());
                if (op.rewindsAFeed() && "admin".equals(rotating)) {
                    rotating = "analyst";
                }
                String[] callers = {powerful, rotating};
                for (int v = 0; v < callers.length; v++) {
                    String caller = callers[v];
                    // a generator per case, from the seed and the case's identity:
                    // adding an endpoint changes no other case
                    Random random = new Random(seed * 31 + (op.name() + "|" + mutation + "|" + v).hashCode());
                    cases.add(new FuzzCase(cases.size() + 1, op, mutation, caller,
                            mutation.request(op, baselines, random)));
                }
            }
        }
        return List.copyOf(cases);
    }
}
