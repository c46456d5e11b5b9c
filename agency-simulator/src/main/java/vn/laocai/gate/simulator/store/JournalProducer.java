package vn.laocai.gate.simulator.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Optional;

/** The lodgement journal at {@code simulator.store.file} and the other journals beside it; none (memory only) when the key is empty. */
@ApplicationScoped
public class JournalProducer {

    private static final Logger LOG = Logger.getLogger(JournalProducer.class);

    @Produces
    @Singleton
    LodgementJournal journal(@ConfigProperty(name = "simulator.store.file") Optional<String> file, ObjectMapper json) {
        Optional<Path> path = file.filter(f -> !f.isBlank()).map(Path::of);
        LOG.infof(path.map(p -> "Lodgements are kept in " + p.toAbsolutePath()).orElse(
                "simulator.store.file is empty: lodgements are kept in memory only and lost at a restart"));
        return new LodgementJournal(path, json);
    }

    @Produces
    @Singleton
    Journals journals(@ConfigProperty(name = "simulator.store.file") Optional<String> file, ObjectMapper json) {
        return new Journals(file.filter(f -> !f.isBlank()).map(Path::of), json);
    }
}
