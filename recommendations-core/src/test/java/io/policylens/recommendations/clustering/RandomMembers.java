package io.policylens.recommendations.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Random recommendations over a small vocabulary written for these tests: enough overlap for multi-member clusters. */
final class RandomMembers {

    private static final String[] VERBS = {"expand", "fund", "coordinate", "review", "strengthen", "launch"};
    private static final String[] OBJECTS = {"rice export rules", "undersea cable repair ships",
        "hydrogen shipping terminals", "visas for chip engineers", "critical minerals stockpiles", "vaccine plants",
        "fisheries patrols", "grid links", "data transfer rules", "joint research on batteries", "port financing",
        "cyber drills"};
    private static final String[] QUALIFIERS = {"", "", " with neighbours", " through the Quad", " by 2030",
            " with allies and partners"};
    private static final String[] ACTORS = {"India", "Japan", "Chile", "Kenya", null};
    private static final String[] TOPICS = {"trade", "energy", "security", "health"};

    private RandomMembers() {
    }

    static List<ClusterMember> generate(long seed, int count) {
        Random random = new Random(seed);
        List<ClusterMember> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String action = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                    + QUALIFIERS[random.nextInt(QUALIFIERS.length)];
            String key = new UUID(random.nextLong(), random.nextLong()).toString();
            List<String> forums = action.contains("Quad") ? List.of("Quad") : List.of();
            members.add(new ClusterMember(key, "doc-" + random.nextInt(count / 5 + 1), "Publisher " + random.nextInt(7),
                    action, ACTORS[random.nextInt(ACTORS.length)], action,
                    List.of(TOPICS[random.nextInt(TOPICS.length)]), forums,
                    random.nextInt(15) == 0));
        }
        return members;
    }
}
