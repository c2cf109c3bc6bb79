package io.policylens.claims.features;

/**
 * Maps feature names to indices of a fixed-size weight vector (the hashing trick), so the model needs
 * no vocabulary file. FNV-1a over the UTF-16 chars is fixed by this code, hence stable across JVMs.
 */
public final class FeatureHasher {

    private final int mask;

    /** @param bits log2 of the number of buckets */
    public FeatureHasher(int bits) {
        this.mask = (1 << bits) - 1;
    }

    public int dimensions() {
        return mask + 1;
    }

    public int index(String prefix, String a) {
        int h = 0x811c9dc5;
        h = mix(h, prefix);
        h = (h ^ 0x1f) * 0x01000193;
        h = mix(h, a);
        return finish(h);
    }

    public int index(String prefix, String a, String b) {
        int h = 0x811c9dc5;
        h = mix(h, prefix);
        h = (h ^ 0x1f) * 0x01000193;
        h = mix(h, a);
        h = (h ^ 0x20) * 0x01000193;
        h = mix(h, b);
        return finish(h);
    }

    private static int mix(int h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    private int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h & mask;
    }
}
