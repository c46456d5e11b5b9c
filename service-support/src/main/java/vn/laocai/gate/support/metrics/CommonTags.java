package vn.laocai.gate.support.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tags every meter of a service with {@code application=<quarkus.application.name>}, so dashboards can tell the services apart. */
@Singleton
public class CommonTags {

    @Produces
    @Singleton
    MeterFilter applicationTag(@ConfigProperty(name = "quarkus.application.name", defaultValue = "gate") String application) {
        return MeterFilter.commonTags(java.util.List.of(io.micrometer.core.instrument.Tag.of("application", application)));
    }
}
