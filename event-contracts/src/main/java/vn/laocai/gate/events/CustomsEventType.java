package vn.laocai.gate.events;

/** Event types published by customs-adapter: handoffs to agency systems and their answers. */
public enum CustomsEventType implements EventType {

    CUSTOMS_CHANNEL_ASSIGNED("vn.laocai.gate.customs.CustomsChannelAssigned", CustomsChannelAssigned.class, Topics.CUSTOMS_HANDOFF),
    CUSTOMS_RELEASED("vn.laocai.gate.customs.CustomsReleased", CustomsReleased.class, Topics.CUSTOMS_HANDOFF),
    CUSTOMS_INSPECTION_ORDERED("vn.laocai.gate.customs.CustomsInspectionOrdered", CustomsInspectionOrdered.class, Topics.CUSTOMS_HANDOFF),
    CUSTOMS_INSPECTION_COMPLETED("vn.laocai.gate.customs.CustomsInspectionCompleted", CustomsInspectionCompleted.class, Topics.CUSTOMS_HANDOFF),
    QUARANTINE_RESULT_RECEIVED("vn.laocai.gate.customs.QuarantineResultReceived", QuarantineResultReceived.class, Topics.CUSTOMS_HANDOFF),
    CERTIFICATE_VERIFIED("vn.laocai.gate.customs.CertificateVerified", CertificateVerified.class, Topics.CUSTOMS_HANDOFF),
    DECLARATION_REJECTED("vn.laocai.gate.customs.DeclarationRejected", DeclarationRejected.class, Topics.CUSTOMS_HANDOFF),
    HANDOFF_DELAYED("vn.laocai.gate.customs.HandoffDelayed", HandoffDelayed.class, Topics.CUSTOMS_HANDOFF),
    HANDOFF_OVERDUE("vn.laocai.gate.customs.HandoffOverdue", HandoffOverdue.class, Topics.CUSTOMS_HANDOFF),
    HANDOFF_ACCEPTED("vn.laocai.gate.customs.HandoffAccepted", HandoffAccepted.class, Topics.CUSTOMS_HANDOFF),
    BORDER_CHECK_COMPLETED("vn.laocai.gate.customs.BorderCheckCompleted", BorderCheckCompleted.class, Topics.CUSTOMS_HANDOFF);

    private final Definition definition;

    CustomsEventType(String type, Class<? extends GateEvent> payloadClass, String topic) {
        this.definition = new Definition(type, payloadClass, topic);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
