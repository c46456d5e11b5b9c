package vn.laocai.gate.queue.simulation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ModelAndStatisticsTest {

    @Test
    void everyFigureOfThePeakDayNamesItsSourceAndAssumption() {
        DayModel day = DayModel.peakDay();
        assertThat(day.count("trucks")).isEqualTo(1200);
        assertThat(day.sources()).isNotEmpty().allSatisfy(row -> {
            assertThat(row[2]).as(row[0] + " source").isNotBlank();
            assertThat(row[3]).as(row[0] + " assumption").isNotBlank();
        });
    }

    @Test
    void aFigureWithoutItsSourceIsRefused() throws IOException {
        Path file = Files.createTempFile("day", ".json");
        Files.writeString(file, "{\"trucks\": {\"value\": 10, \"assumption\": \"a guess\"}}");
        assertThatThrownBy(() -> DayModel.read(file)).hasMessageContaining("trucks needs a source");
    }

    @Test
    void theConfidenceIntervalIsStudentT() {
        // n = 4, mean 2.5, sd 1.29099; t(0.975, 3) = 3.18245
        Estimate e = Estimate.of(new double[] {1, 2, 3, 4});
        assertThat(e.mean()).isEqualTo(2.5);
        assertThat(e.halfWidth()).isCloseTo(3.18245 * 1.290994 / 2, within(1e-4));
    }

    @Test
    void lognormalDrawsHaveTheirMean() {
        TimeDistribution d = TimeDistribution.of("lognormal", 10, 0.6, "minutes");
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        double sum = 0;
        for (int i = 0; i < 200_000; i++) {
            sum += d.sample(random);
        }
        assertThat(sum / 200_000).isCloseTo(600, within(6.0));
    }
}
