package vn.laocai.gate.simulator.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Makes the {@link Randomness} of this start, once, and logs it so that a run can be repeated. */
@ApplicationScoped
public class RandomnessProducer {

    private static final Logger LOG = Logger.getLogger(RandomnessProducer.class);

    @Produces
    @Singleton
    Randomness randomness(SimulatorConfig config) {
        return Randomness.of(config);
    }

    void logAtStart(@Observes StartupEvent start, Randomness randomness) {
        LOG.info(randomness.describe());
    }
}
