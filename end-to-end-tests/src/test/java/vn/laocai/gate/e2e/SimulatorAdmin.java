package vn.laocai.gate.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.laocai.gate.stack.Apps;
import vn.laocai.gate.stack.Platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The agency simulator's administration, as the tests that switch its faults use it. */
final class SimulatorAdmin {

    private SimulatorAdmin() {
    }

    /** A request to the simulator's admin API, with the administrator's login of this JVM's platforms. */
    static RequestSpecification admin() {
        return given().auth().preemptive().basic("simulator-admin", Apps.simulatorAdminSecret());
    }

    /** Changes some faults of the simulated VNACCS of {@code platform}, keeping the others. */
    static void setCustomsFaults(Platform platform, Map<String, Object> changes) {
        String url = platform.url(Apps.AGENCY_SIMULATOR) + "/admin/systems/VNACCS/faults";
        Map<String, Object> faults = new HashMap<>(admin().when().get(url).then().statusCode(200).extract().jsonPath().getMap("$"));
        faults.putAll(changes);
        admin().contentType(ContentType.JSON).body(faults).when().put(url).then().statusCode(200);
    }

    /** The texts the simulated SMS gateway of {@code platform} received for {@code phone}, oldest first. */
    static List<String> smsTexts(Platform platform, String phone) {
        return given().header("X-API-Key", Apps.smsApiKey(platform.config())).queryParam("to", phone)
                .when().get(platform.url(Apps.AGENCY_SIMULATOR) + "/sms/messages")
                .then().statusCode(200).extract().jsonPath().getList("text", String.class);
    }
}
