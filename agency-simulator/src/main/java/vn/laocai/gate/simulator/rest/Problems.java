package vn.laocai.gate.simulator.rest;

import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 7807 problem details as the simulator's own interfaces answer them ({@code application/problem+json}). */
public final class Problems {

    /** The media type of a problem. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    /** A problem of {@code type} (a name under {@code https://gate.laocai.vn/problems/}), its detail naming what is wrong. */
    public static Response problem(int status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://gate.laocai.vn/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
