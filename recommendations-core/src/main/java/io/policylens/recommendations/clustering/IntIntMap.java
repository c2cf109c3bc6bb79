package io.policylens.recommendations.clustering;

import java.util.Arrays;

/** Open-addressing map from non-negative int keys to int values, without boxing; keys in insertion order. */
final class IntIntMap {

    private int[] slots = new int[16]; // index into keys/values + 1; 0 = empty
    private int[] keys = new int[8];
    private int[] values = new int[8];
    private int size;

    int size() {
        return size;
    }

    int key(int index) {
        return keys[index];
    }

    int value(int index) {
        return values[index];
    }

    int get(int key, int missing) {
        int mask = slots.length - 1;
        for (int slot = mix(key) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int index = slots[slot] - 1;
            if (keys[index] == key) {
                return values[index];
            }
        }
        return missing;
    }

    /** Adds a key that is not in the map yet. */
    void putNew(int key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        } else {
            place(size - 1);
        }
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int index = 0; index < size; index++) {
            place(index);
        }
    }

    private void place(int index) {
        int mask = slots.length - 1;
        int slot = mix(keys[index]) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = index + 1;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
