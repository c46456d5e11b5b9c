package vn.laocai.gate.events;

/** Event types published by customs-adapter: handoffs to agency systems and their answers. */
public enum CustomsEventType implements EventType {

    CUSTOMS_CHANNEL_ASSIGNED("vn.gate.customs.CustomsChannelAssigned", CustomsChannelAssigned.class, Topics.CUSTOMS_HANDOFF),
    CUSTOMS_RELEASED("vn.gate.customs.CustomsReleased", CustomsReleased.class, Topics.CUSTOMS_HANDOFF),
    CUSTOMS_INSPECTION_ORDERED("vn.gate.customs.CustomsInspectionOrdered", CustomsInspectionOrdered.class, Topics.CUSTOMS_HANDOFF),
    CUSTOMS_INSPECTION_COMPLETED("vn.gate.customs.CustomsInspectionCompleted", CustomsInspectionCompleted.class, Topics.CUSTOMS_HANDOFF),
    QUARANTINE_RESULT_RECEIVED("vn.gate.customs.QuarantineResultReceived", QuarantineResultReceived.class, Topics.CUSTOMS_HANDOFF),
    CERTIFICATE_VERIFIED("vn.gate.customs.CertificateVerified", CertificateVerified.class, Topics.CUSTOMS_HANDOFF),
    DECLARATION_REJECTED("vn.gate.customs.DeclarationRejected", DeclarationRejected.class, Topics.CUSTOMS_HANDOFF),
    HANDOFF_DELAYED("vn.gate.customs.HandoffDelayed", HandoffDelayed.class, Topics.CUSTOMS_HANDOFF),
    HANDOFF_OVERDUE("vn.gate.customs.HandoffOverdue", HandoffOverdue.class, Topics.CUSTOMS_HANDOFF),
    HANDOFF_ACCEPTED("vn.gate.customs.HandoffAccepted", HandoffAccepted.class, Topics.CUSTOMS_HANDOFF),
    BORDER_CHECK_COMPLETED("vn.gate.customs.BorderCheckCompleted", BorderCheckCompleted.class, Topics.CUSTOMS_HANDOFF);

    private final Definition definition;

    CustomsEventType(String type, Class<? extends GateEvent> payloadClass, String topic) {
        this.definition = new Definition(type, payloadClass, topic);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
