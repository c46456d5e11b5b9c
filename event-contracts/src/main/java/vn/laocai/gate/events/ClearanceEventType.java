package vn.laocai.gate.events;

/** Event types published by clearance-service: declarations and the multi-agency clearance case. */
public enum ClearanceEventType implements EventType {

    DECLARATION_SUBMITTED("vn.laocai.gate.clearance.DeclarationSubmitted", DeclarationSubmitted.class, Topics.CLEARANCE_DECLARATION),
    CONSIGNMENT_CLEARED("vn.laocai.gate.clearance.ConsignmentCleared", ConsignmentCleared.class, Topics.CLEARANCE_DECLARATION),
    CONSIGNMENT_READY_FOR_GATE("vn.laocai.gate.clearance.ConsignmentReadyForGate", ConsignmentReadyForGate.class, Topics.CLEARANCE_DECLARATION),
    CONSIGNMENT_HELD("vn.laocai.gate.clearance.ConsignmentHeld", ConsignmentHeld.class, Topics.CLEARANCE_DECLARATION),
    CONSIGNMENT_REJECTED("vn.laocai.gate.clearance.ConsignmentRejected", ConsignmentRejected.class, Topics.CLEARANCE_DECLARATION),
    DECLARATION_AMENDED("vn.laocai.gate.clearance.DeclarationAmended", DeclarationAmended.class, Topics.CLEARANCE_DECLARATION),
    DOCUMENT_ATTACHED("vn.laocai.gate.clearance.DocumentAttached", DocumentAttached.class, Topics.CLEARANCE_DECLARATION),
    CLEARANCE_STEP_DECIDED("vn.laocai.gate.clearance.ClearanceStepDecided", ClearanceStepDecided.class, Topics.CLEARANCE_DECLARATION),
    CONSIGNMENT_HOLD_LIFTED("vn.laocai.gate.clearance.ConsignmentHoldLifted", ConsignmentHoldLifted.class, Topics.CLEARANCE_DECLARATION),
    FEE_ASSESSED("vn.laocai.gate.clearance.FeeAssessed", FeeAssessed.class, Topics.CLEARANCE_DECLARATION),
    FEE_PAID("vn.laocai.gate.clearance.FeePaid", FeePaid.class, Topics.CLEARANCE_DECLARATION),
    FEE_REFUNDED("vn.laocai.gate.clearance.FeeRefunded", FeeRefunded.class, Topics.CLEARANCE_DECLARATION),
    INSPECTION_OUTCOME_RECORDED("vn.laocai.gate.clearance.InspectionOutcomeRecorded", InspectionOutcomeRecorded.class, Topics.CLEARANCE_DECLARATION);

    private final Definition definition;

    ClearanceEventType(String type, Class<? extends GateEvent> payloadClass, String topic) {
        this.definition = new Definition(type, payloadClass, topic);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
