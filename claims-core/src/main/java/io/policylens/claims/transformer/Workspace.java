package io.policylens.claims.transformer;

/** Scratch buffers for one forward pass of at most {@code maxTokens} tokens; one per thread, reused. */
final class Workspace {

    final float[] x;
    final float[] q;
    final float[] k;
    final float[] v;
    final float[] context;
    final float[] projected;
    final float[] feedForward;
    final float[] scores;

    Workspace(int maxTokens, int hidden, int feedForwardWidth) {
        x = new float[maxTokens * hidden];
        q = new float[maxTokens * hidden];
        k = new float[maxTokens * hidden];
        v = new float[maxTokens * hidden];
        context = new float[maxTokens * hidden];
        projected = new float[maxTokens * hidden];
        feedForward = new float[maxTokens * feedForwardWidth];
        scores = new float[maxTokens];
    }
}
