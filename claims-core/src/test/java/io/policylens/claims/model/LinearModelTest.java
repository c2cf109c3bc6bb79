package io.policylens.claims.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearModelTest {

    @Test
    void roundTripsWithQuantisedWeights() throws Exception {
        LinearModel model = new LinearModel("t-1", new float[]{0.5f, -1.25f, 2f, 0f}, 0.1f, 0.4f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        LinearModel read = LinearModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.version()).isEqualTo("t-1");
        assertThat(read.threshold()).isEqualTo(0.4f);
        assertThat(read.probability(new int[]{0, 2})).isCloseTo(model.probability(new int[]{0, 2}), within(1e-4));
    }

    @Test
    void bundledModelLoadsAndSeparatesObviousCases() {
        CheckworthinessModel model = CheckworthinessModel.bundled();
        assertThat(model.probability("Unemployment fell to 3.4 percent in January, the lowest rate since 1969."))
                .isGreaterThan(model.probability("Thank you all so much for being here tonight."));
        assertThat(model.threshold()).isBetween(0.05, 0.95);
    }
}
