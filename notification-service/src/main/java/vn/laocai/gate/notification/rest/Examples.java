package vn.laocai.gate.notification.rest;

/** Examples of the API documentation, kept out of the resources so that they read as their endpoints. */
final class Examples {

    /** A Chinese driver who wants text messages in Chinese. */
    static final String DRIVER_PREFERENCES = """
            {"channels": ["SMS", "INBOX"], "phone": "+8613812345678", "language": "zh", "optOut": false}""";

    /** A trader told by e-mail and SMS, in Vietnamese. */
    static final String TRADER_PREFERENCES = """
            {"channels": ["SMS", "EMAIL", "INBOX"], "phone": "+84912345678", "email": "lan@nongsanlaocai.vn",
             "language": "vi", "optOut": false}""";

    /** The preferences as stored. */
    static final String PREFERENCES_VIEW = """
            {"account": "driver-wang", "channels": ["INBOX", "SMS"], "phone": "+8613812345678",
             "language": "zh", "optOut": false,
             "requiredNotices": ["CALLED_FORWARD", "BOOKING_CANCELLED", "BOOKING_CANCELLED_BY_CLOSURE",
                                 "CONSIGNMENT_REJECTED", "DECLARATION_REJECTED"],
             "updatedAt": "2026-06-15T01:00:00Z"}""";

    /** An inbox with one unread call-forward. */
    static final String INBOX = """
            {"unread": 1, "notices": [{"id": "0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59", "kind": "CALLED_FORWARD",
              "subject": "KT2-7XK4P9", "language": "zh", "title": "车辆云G·12345已叫号",
              "text": "车辆云G·12345（KT2-7XK4P9）已叫号，请立即前往3号车道。", "createdAt": "2026-06-15T07:00:00Z",
              "deliveries": [{"channel": "INBOX", "status": "DELIVERED", "attempts": 0},
                {"channel": "SMS", "status": "DELIVERED", "attempts": 1}]}]}""";

    /** Notices as a supervisor sees them, with the delivery on each channel. */
    static final String NOTICES = """
            [{"id": "0b8f5a52-6a57-4c0e-9f0c-7d3c2e1b4a59", "recipient": "driver-wang", "kind": "CALLED_FORWARD",
              "subject": "KT2-7XK4P9", "language": "zh", "title": "车辆云G·12345已叫号", "createdAt": "2026-06-15T07:00:00Z",
              "deliveries": [{"channel": "INBOX", "status": "DELIVERED", "attempts": 0},
                {"channel": "SMS", "address": "+86*********78", "status": "FAILED", "attempts": 8,
                 "lastError": "SMS gateway answered HTTP 503"}]}]""";

    /** A day's delivery figures. */
    static final String FIGURES = """
            {"hours": 24, "deliveries": [{"channel": "EMAIL", "status": "SENT", "count": 12},
              {"channel": "INBOX", "status": "DELIVERED", "count": 57},
              {"channel": "SMS", "status": "DELIVERED", "count": 38}, {"channel": "SMS", "status": "FAILED", "count": 2}]}""";

    /** The gateway's delivery receipt. */
    static final String RECEIPT = """
            {"messageId": "SMS-5F2A9C31D0E4", "clientRef": "3c5b9a4e-2f1d-4a7b-8c6e-0d9f1e2a3b4c",
             "status": "DELIVERED", "at": "2026-06-15T07:00:03Z"}""";

    private Examples() {
    }
}
