package vn.laocai.gate.queue.rest;

/** The examples of the what-if endpoint's OpenAPI document. */
final class WhatIfExamples {

    private WhatIfExamples() {
    }

    static final String QUESTION = """
            {"day": "2026-12-03",
             "changes": {"lanes": {"EXPORT": 3, "IMPORT": 2}, "vehiclesPerLanePerDay": 240,
                         "closure": {"from": "10:00", "until": "14:00", "directions": ["EXPORT"], "announced": true},
                         "hekouDailyLimit": 600},
             "replications": 10}""";
    static final String AS_PLANNED = """
            {"day": "2026-12-03", "replications": 10}""";
    static final String ANSWER = """
            {"day": "2026-12-03", "timeZone": "Asia/Ho_Chi_Minh",
             "booked": {"export": 408, "imports": 600, "perishable": 296}, "walkIns": 101, "replications": 10,
             "asPlanned": {
               "settings": {"exportLanes": 2, "importLanes": 3, "vehiclesPerLanePerDay": 200, "hekouDailyLimit": 700, "closures": []},
               "yardWaitHours": {"mean": {"mean": 1.62, "ci95Low": 1.51, "ci95High": 1.73}, "p50": {"mean": 1.1, "ci95Low": 1.02, "ci95High": 1.18},
                                 "p95": {"mean": 4.9, "ci95Low": 4.4, "ci95High": 5.4}, "max": {"mean": 7.8, "ci95Low": 7.1, "ci95High": 8.5}},
               "perishableYardWaitHours": {"mean": {"mean": 1.2, "ci95Low": 1.15, "ci95High": 1.25}, "p50": {"mean": 1.1, "ci95Low": 1.05, "ci95High": 1.15},
                                 "p95": {"mean": 2.2, "ci95Low": 2.0, "ci95High": 2.4}, "max": {"mean": 3.1, "ci95Low": 2.8, "ci95High": 3.4}},
               "throughput": {"mean": 861.3, "ci95Low": 853.2, "ci95High": 869.4},
               "waitingAtMidnight": {"mean": 58.4, "ci95Low": 51.0, "ci95High": 65.8},
               "queueLength": {"stepMinutes": 10, "from": "00:00", "values": [0.0, 3.1, 6.4, 9.8]}},
             "withChanges": {"settings": {"exportLanes": 3, "importLanes": 2, "vehiclesPerLanePerDay": 240, "hekouDailyLimit": 600,
                               "closures": [{"from": "10:00", "until": "14:00", "directions": ["EXPORT"], "announced": true}]},
               "...": "the same figures"},
             "assumptions": ["The trucks are the 1008 crossings booked for the day (direction, cargo category, slot) and 101 walk-ins ..."],
             "elapsedMs": 2870}""";
    static final String NOT_A_COMING_DAY = """
            {"type": "https://gate.laocai.vn/problems/invalid-value", "title": "Bad Request", "status": 400,
             "detail": "day: '2026-11-30' is not a coming day: give one of 2026-12-02 to 2026-12-31 (Vietnam time)",
             "violations": [{"field": "day", "message": "'2026-11-30' is not a coming day: give one of 2026-12-02 to 2026-12-31 (Vietnam time)"}]}""";
}
