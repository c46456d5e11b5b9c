package vn.laocai.gate.clearance.application;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.ClearancePolicy;
import vn.laocai.gate.clearance.domain.RequirementRules;
import vn.laocai.gate.clearance.domain.Tariff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the requirement rules and the tariff (versioned data files on the classpath) once, at start. */
@ApplicationScoped
public class PolicyFiles {

    private static final Logger LOG = Logger.getLogger(PolicyFiles.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Produces
    @Singleton
    ClearancePolicy policy(ClearanceConfig config) {
        ClearancePolicy policy = load(config.requirementsFile(), config.tariffFile());
        LOG.infof("Requirement rules %s (%d rules), tariff %s (%d rates)", policy.requirements().version(),
                policy.requirements().rules().size(), policy.tariff().version(), policy.tariff().rates().size());
        return policy;
    }

    /** Reads both files from the classpath. */
    public static ClearancePolicy load(String requirementsResource, String tariffResource) {
        return new ClearancePolicy(read(requirementsResource, RequirementRules.class), read(tariffResource, Tariff.class));
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = PolicyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource + " on the classpath");
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
