package vn.laocai.gate.customs.rest;

/** The examples of the OpenAPI document, kept out of the resources so that each reads as its endpoints. */
final class Examples {

    static final String ANSWER_GREEN_CHANNEL = "{\"messageId\":\"0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59\","
            + "\"agencyReference\":\"VNACCS-5F2A9C31D0E4\",\"declarationId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\","
            + "\"version\":1,\"customsDeclarationNumber\":\"305123456789\",\"type\":\"CHANNEL_ASSIGNED\","
            + "\"channel\":\"GREEN\",\"occurredAt\":\"2026-06-15T01:30:02Z\"}";

    static final String WRONG_AGENCY_SYSTEM = "{\"type\":\"https://gate.laocai.vn/problems/wrong-agency-system\","
            + "\"title\":\"Forbidden\",\"status\":403,\"detail\":\"this token is not of the client of VNACCS; each agency "
            + "system answers with its own\",\"instance\":\"/api/agency-answers/customs\","
            + "\"violations\":[{\"field\":\"system\",\"message\":\"answers only with the client of VNACCS\"}]}";

    static final String ANSWER_OF_ANOTHER_HANDOFF = "{\"type\":\"https://gate.laocai.vn/problems/answer-of-another-handoff\","
            + "\"title\":\"Refused by a business rule\",\"status\":422,\"detail\":\"agency reference VNACCS-5F2A9C31D0E4 "
            + "was issued for another declarationId\",\"instance\":\"/api/agency-answers/customs\","
            + "\"violations\":[{\"field\":\"declarationId\",\"message\":\"agency reference VNACCS-5F2A9C31D0E4 was issued "
            + "for another declarationId\"}]}";

    static final String ANSWER_APPLIED = "{\"messageId\":\"0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59\",\"outcome\":\"APPLIED\"}";

    static final String HANDOFFS_CUSTOMS_DOWN = "[{\"id\":\"2b0f4c1e-8d7a-4f3b-9c2d-1e0f9a8b7c6d\","
            + "\"agencySystem\":\"VNACCS\",\"subjectId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\",\"version\":1,"
            + "\"key\":\"v1\",\"customsDeclarationNumber\":\"305123456789\",\"state\":\"PENDING\",\"waiting\":true,"
            + "\"attempts\":3,\"lastError\":\"AgencyUnavailableException: VNACCS answered 503\","
            + "\"waitingSince\":\"2026-06-15T01:30:01Z\",\"nextAttemptAt\":\"2026-06-15T01:31:10Z\","
            + "\"createdAt\":\"2026-06-15T01:30:00Z\",\"releaseHeld\":false}]";

    static final String HANDOFFS_OVERDUE = "[{\"id\":\"2b0f4c1e-8d7a-4f3b-9c2d-1e0f9a8b7c6d\","
            + "\"agencySystem\":\"VNACCS\",\"subjectId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\",\"version\":1,"
            + "\"key\":\"v1\",\"customsDeclarationNumber\":\"305123456789\",\"state\":\"ESCALATED\",\"waiting\":false,"
            + "\"agencyReference\":\"VNACCS-8FEDDE3178EF\",\"attempts\":2,\"createdAt\":\"2026-06-15T01:30:00Z\","
            + "\"submittedAt\":\"2026-06-15T01:41:00Z\",\"lapse\":\"LOST\",\"lapsedAt\":\"2026-06-15T01:52:00Z\","
            + "\"lapseReason\":\"VNACCS answered 404: no declaration lodged as VNACCS-8FEDDE3178EF\",\"resubmissions\":1,"
            + "\"escalatedAt\":\"2026-06-15T01:52:00Z\",\"overdueSince\":\"2026-06-15T01:52:00Z\",\"releaseHeld\":false}]";

    static final String EXCHANGES_SUBMITTED = "[{\"agencySystem\":\"VNACCS\",\"direction\":\"OUT\","
            + "\"kind\":\"SUBMISSION\",\"correlationId\":\"2b0f4c1e-8d7a-4f3b-9c2d-1e0f9a8b7c6d\","
            + "\"subjectId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\",\"payloadSha256\":"
            + "\"3f0a1c9b2e7d4a8f6b5c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a\",\"payload\":\"{...}\","
            + "\"exchangedAt\":\"2026-06-15T01:30:00Z\"}]";

    static final String PARKED_ONE = "[{\"partition\":1,\"offset\":0,\"key\":"
            + "\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\",\"eventId\":\"7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6\","
            + "\"eventType\":\"vn.laocai.gate.clearance.DeclarationSubmitted\",\"originalTopic\":"
            + "\"clearance.declaration.events\",\"reason\":\"Cannot read ...\",\"payload\":\"{...}\"}]";

    static final String REPLAY_APPLIED = "{\"partition\":1,\"offset\":0,"
            + "\"eventId\":\"7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6\",\"outcome\":\"APPLIED\"}";

    static final String REPLAYS_APPLIED = "[" + REPLAY_APPLIED + "]";

    static final String CORRECTED_DECLARATION = "{\"declarationId\":\"6f1c2a9e-3b7d-4c1a-9e2f-1a2b3c4d5e6f\","
            + "\"version\":1,\"...\":\"...\"}";

    private Examples() {
    }
}
