package vn.laocai.gate.queue.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.laocai.gate.queue.domain.DwellBudgets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Reads the dwell budgets file ({@code gate.queue.dwell.file}): a classpath resource, or a file path for a copy. */
final class DwellBudgetFile {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(String version, double nearShare, String defaultClass, List<CargoClass> classes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CargoClass(String id, List<String> hsPrefixes, String maxDwell, Map<String, String> names, String why) {
    }

    private DwellBudgetFile() {
    }

    static DwellBudgets read(String location, ObjectMapper json) {
        try (InputStream in = open(location)) {
            File f = json.readValue(in, File.class);
            return DwellBudgets.of(f.version(), f.nearShare(), f.defaultClass(), f.classes().stream()
                    .map(c -> new DwellBudgets.CargoClass(c.id(), c.hsPrefixes(), Duration.parse(c.maxDwell()), c.names(), c.why()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dwell budgets " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        InputStream in = DwellBudgetFile.class.getClassLoader().getResourceAsStream(location);
        if (in != null) {
            return in;
        }
        Path path = Path.of(location);
        if (Files.isRegularFile(path)) {
            return Files.newInputStream(path);
        }
        throw new IOException("no resource or file " + location);
    }
}
