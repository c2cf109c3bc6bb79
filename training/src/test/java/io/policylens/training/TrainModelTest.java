package io.policylens.training;

import io.policylens.claims.model.CheckworthinessModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainModelTest {

    @Test
    void theBundledModelIsTheOneThisTrainerWrites() {
        // a retrained model shipped without bumping the trainer's version (or the reverse) fails here
        assertThat(CheckworthinessModel.bundled().version()).isEqualTo(TrainModel.MODEL_VERSION);
    }
}
