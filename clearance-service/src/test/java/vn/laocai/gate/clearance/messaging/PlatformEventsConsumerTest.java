package vn.laocai.gate.clearance.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.FaultToleranceOperationProvider;
import io.smallrye.faulttolerance.config.FaultToleranceOperation;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.laocai.gate.events.UnreadableEventException;

import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumers' retries come from application.properties: the annotations name only what cannot be
 * configured (abort on an unreadable record), so the figures read here are the configuration's.
 */
@QuarkusTest
class PlatformEventsConsumerTest {

    @Inject
    FaultToleranceOperationProvider operations;

    @ParameterizedTest
    @ValueSource(strings = {"onBookingEvent", "onCustomsEvent"})
    void each_consumer_retries_as_configured(String method) throws NoSuchMethodException {
        FaultToleranceOperation operation = operations.get(PlatformEventsConsumer.class,
                PlatformEventsConsumer.class.getMethod(method, ConsumerRecord.class));

        Retry retry = operation.getRetry();
        assertThat(retry.maxRetries()).isEqualTo(30);
        assertThat(retry.delay()).isEqualTo(200);
        assertThat(retry.delayUnit()).isEqualTo(ChronoUnit.MILLIS);
        assertThat(retry.maxDuration()).isEqualTo(10);
        assertThat(retry.durationUnit()).isEqualTo(ChronoUnit.MINUTES);
        assertThat(retry.abortOn()).containsExactly(UnreadableEventException.class);
        assertThat(operation.getExponentialBackoff().maxDelay()).isEqualTo(30_000);
        assertThat(operation.getExponentialBackoff().maxDelayUnit()).isEqualTo(ChronoUnit.MILLIS);
    }
}
