package io.policylens.recommendations.support;

import io.policylens.bench.seeds.SeedParagraphs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Documents for {@code ConsumerCpuBenchmark}. Synthetic ones, written for it: a few facts (claims, so evidence
 * linking has work) and ten recommendations each, built from themed actions so that documents share clusters. Or,
 * like {@code ./policylens bench system}, documents of about 10 KB assembled at run time from the paragraphs of a
 * seed folder (nothing of it is copied into the repository).
 */
public final class BenchDocuments {

    private static final String[] ACTORS = {
        "Japan", "South Korea", "Australia", "India", "The European Union", "Congress", "Washington and Seoul",
        "Tokyo and Canberra"
    };
    private static final String[] VERBS = {
        "expand", "fund", "establish", "strengthen", "coordinate", "launch", "build", "review"
    };
    private static final String[] OBJECTS = {
        "export controls on advanced chips", "a stockpile of rare earth magnets", "a hydrogen shipping corridor",
        "talent exchanges for engineers", "undersea cable repair capacity",
        "common screening rules for outbound investment", "joint research on battery materials", "secure 5G networks",
        "vaccine manufacturing capacity", "food security reserves", "missile defence cooperation",
        "cross-border data rules", "port infrastructure financing", "fisheries monitoring", "clean energy grid links",
        "visas for researchers"
    };
    private static final String[] QUALIFIERS = {
        "", "", " with like-minded partners", " through the Quad", " by 2030", " in Southeast Asia",
        " with its neighbours"
    };
    private static final String[] SUBJECTS = {
        "semiconductors", "batteries", "shipping", "fisheries", "vaccines", "grain"
    };

    private BenchDocuments() {
    }

    /** {title, publisher, content}: a rotating window of the folder's paragraphs, about {@code bytes} long. */
    public static List<String[]> fromSeeds(Path folder, int count, int bytes) {
        List<String> paragraphs = SeedParagraphs.read(folder);
        List<String[]> documents = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder("Seed document number " + d + "\n\n");
            for (int p = d * 7; text.length() < bytes; p++) {
                text.append(paragraphs.get(p % paragraphs.size())).append("\n\n");
            }
            documents.add(new String[] {"Seed document " + d, "Publisher " + d % 40, text.toString()});
        }
        return documents;
    }

    /** {title, publisher, content} of each document. */
    public static List<String[]> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String[]> documents = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder("Brief " + d + "\n\nFacts\n\n");
            for (int f = 0; f < 4; f++) {
                String country = ACTORS[random.nextInt(4)];
                text.append(country)
                        .append(" spent ")
                        .append(100 + random.nextInt(900))
                        .append(" million dollars on ")
                        .append(SUBJECTS[random.nextInt(SUBJECTS.length)])
                        .append(" in ")
                        .append(2015 + random.nextInt(9))
                        .append(", according to its ministry. ");
            }
            text.append("\n\nRecommendations\n\n");
            for (int r = 0; r < 10; r++) {
                text.append(ACTORS[random.nextInt(ACTORS.length)])
                        .append(" should ")
                        .append(VERBS[random.nextInt(VERBS.length)])
                        .append(' ')
                        .append(OBJECTS[random.nextInt(OBJECTS.length)])
                        .append(QUALIFIERS[random.nextInt(QUALIFIERS.length)])
                        .append(".\n");
            }
            documents.add(new String[] {
                        "Brief " + d, "Publisher " + random.nextInt(40), text.toString()
                    });
        }
        return documents;
    }
}
