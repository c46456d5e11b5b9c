package vn.laocai.gate.customs.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.laocai.gate.infra.FreePorts;

import java.util.Map;

/** Points the adapter's VNACCS client at a free local port, where the tests run {@link FakeVnaccs}. */
public class FakeVnaccsResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.vnaccs.url", "http://127.0.0.1:" + FreePorts.next());
    }

    @Override
    public void stop() {
        // the fake agency lives as long as the test JVM
    }
}
