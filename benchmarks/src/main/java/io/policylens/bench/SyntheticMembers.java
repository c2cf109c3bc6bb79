package io.policylens.bench;

import io.policylens.recommendations.clustering.ClusterMember;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Recommendations as a corpus of policy briefs yields them, written for the clustering benchmark: about ten per
 * document, actions built from a verb, one of a few dozen themed objects and an optional qualifier (forum, partner,
 * deadline), so many members share concepts and words with some others, as real briefs on the same topics do.
 * Keys are name-based UUIDs like the service's recommendation ids, so the clusterer visits them in a shuffled order.
 */
final class SyntheticMembers {

    private record Theme(String topic, String[] objects) {
    }

    private static final String[] VERBS = {"expand", "create", "fund", "establish", "strengthen", "coordinate", "align",
        "launch", "invest in", "build", "adopt", "negotiate", "harmonise", "diversify", "review", "support", "develop",
        "double", "streamline", "prioritise"};

    private static final Theme[] THEMES = {
        new Theme("semiconductors", new String[] {"export controls on advanced semiconductors",
            "joint R&D in power semiconductors", "a shared fab investment fund",
            "chip packaging capacity in Southeast Asia", "semiconductor supply chain monitoring",
            "licensing rules for chipmaking tools"}),
        new Theme("critical-minerals", new String[] {"a critical minerals processing working group",
            "a shared stockpile of rare earth magnets",
            "diversified sourcing of lithium and nickel", "financing for mining projects abroad",
            "recycling of battery materials", "common due diligence standards for minerals"}),
        new Theme("energy", new String[] {"a hydrogen shipping corridor", "clean energy grid interconnections",
            "renewable power purchase agreements", "nuclear power cooperation", "battery storage deployment",
            "co-investment in hydrogen terminals"}),
        new Theme("alliances-diplomacy", new String[] {"multilateral forums beyond a bilateral framework",
            "a trilateral dialogue with Japan", "coordination with like-minded partners",
            "regional forums on technology policy", "a coalition on supply chain resilience",
            "an annual ministerial meeting"}),
        new Theme("digital-trade", new String[] {"cross-border data flow rules", "interoperable privacy frameworks",
            "digital trade agreements", "mutual recognition of e-signatures", "common cybersecurity certification",
            "data localisation reviews"}),
        new Theme("talent", new String[] {"talent exchanges for engineers", "visas for researchers",
            "workforce training programmes", "joint university scholarships", "vocational education partnerships",
            "exchange programs for officials"}),
        new Theme("defence", new String[] {"extended deterrence consultations", "missile defence cooperation",
            "joint military exercises", "defence industrial base integration", "the Nuclear Consultative Group",
            "co-production of munitions"}),
        new Theme("infrastructure", new String[] {"undersea cable repair capacity", "secure 5G networks",
            "port infrastructure financing", "redundant undersea cable routes", "6G research partnerships",
            "rail links in the region"}),
        new Theme("health", new String[] {"vaccine manufacturing capacity", "pandemic early warning networks",
            "biomanufacturing research centres", "medical supply stockpiles", "health data sharing",
            "regulatory harmonisation for medicines"}),
        new Theme("agriculture", new String[] {"fertiliser supply diversification", "food security reserves",
            "climate-resilient crop research", "fisheries monitoring with neighbours",
            "agricultural trade facilitation", "water management investment"}),
    };

    private static final String[] QUALIFIERS = {"", "", "", " with like-minded partners", " under the IPEF framework",
        " through the Quad", " by 2030", " in Southeast Asia", " with its neighbours", " through the G7",
        " with allies and partners", " at the APEC summit",
        " as a matter of urgency", " within two years", " with private investors"};

    private static final String[] FORUMS = {"IPEF", "Quad", "G7", "AUKUS", "APEC", "ASEAN"};

    private static final String[] ACTORS = {"United States", "South Korea", "Japan", "Australia", "European Union",
        "Congress", "United States, South Korea", "Japan and Australia", "India", "Taiwan", "Philippines",
        "United Kingdom", null};

    private SyntheticMembers() {
    }

    /**
     * @param detailWords size of a pool of made-up place and programme names; each member names up to two of them
     *                    (common ones more often), which splits themes into many smaller clusters. 0: none, so a
     *                    corpus of few large clusters, like documents assembled from a handful of seed briefs
     */
    static List<ClusterMember> generate(int count, long seed, int detailWords) {
        Random random = new Random(seed);
        String[] details = detailWords(detailWords, seed);
        List<ClusterMember> members = new ArrayList<>(count);
        int publishers = Math.max(5, count / 200);
        for (int i = 0; i < count; i++) {
            int document = i / 10;
            UUID documentId = UUID.nameUUIDFromBytes(("bench-document:" + seed + ":"
                    + document).getBytes(StandardCharsets.UTF_8));
            Theme theme = THEMES[random.nextInt(THEMES.length)];
            String object = theme.objects()[random.nextInt(theme.objects().length)];
            String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
            String action = VERBS[random.nextInt(VERBS.length)] + " " + object + detail(random, details) + qualifier;
            String actor = ACTORS[random.nextInt(ACTORS.length)];
            List<String> topics = random.nextInt(4) == 0
                    ? List.of(theme.topic(), THEMES[random.nextInt(THEMES.length)].topic()).stream().distinct().toList()
                    : List.of(theme.topic());
            List<String> forums = qualifier.contains("IPEF") ? List.of("IPEF") : qualifier.contains("Quad")
                    ? List.of("Quad")
                    : random.nextInt(10) == 0 ? List.of(FORUMS[random.nextInt(FORUMS.length)]) : List.of();
            boolean negated = random.nextInt(20) == 0;
            String text = (actor == null ? "The government" : actor) + (negated ? " should not " : " should ") + action
                    + ".";
            String key = UUID.nameUUIDFromBytes(("bench-member:" + seed + ":"
                    + i).getBytes(StandardCharsets.UTF_8)).toString();
            members.add(new ClusterMember(key, documentId.toString(), "Publisher " + (document % publishers), text,
                    actor, action, topics, forums, negated));
        }
        return members;
    }

    private static String detail(Random random, String[] details) {
        if (details.length == 0 || random.nextInt(5) == 0) {
            return "";
        }
        // skewed towards the start of the pool: a few names are common, most are rare
        String first = details[random.nextInt(random.nextInt(details.length) + 1)];
        return random.nextBoolean() ? " for " + first
                : " for " + first + " and " + details[random.nextInt(random.nextInt(details.length) + 1)];
    }

    private static String[] detailWords(int count, long seed) {
        String[] syllables = {"ka", "lo", "mi", "ran", "te", "vo", "su", "ber", "din", "ta", "gor", "ne", "pa", "lis",
                "mu", "zo"};
        Random random = new Random(seed ^ 0x5DEECE66DL);
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words[i] = word.append(i).toString(); // the index keeps names distinct
        }
        return words;
    }
}
