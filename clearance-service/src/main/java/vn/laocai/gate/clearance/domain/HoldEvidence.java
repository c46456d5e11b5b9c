package vn.laocai.gate.clearance.domain;

/**
 * The proof a hold waits for, when neither the trader's next version nor any document lifts it: only a document of
 * the type it names, attached after the one that caused the hold, and found good in the way the evidence says
 * ({@link Hold#satisfiedBy}). Whether an officer may lift it by hand instead is part of the evidence.
 */
public enum HoldEvidence {
    /**
     * The National Single Window found a certificate invalid: only a certificate of that type attached after it and
     * verified valid by the NSW lifts the hold. No officer lifts it by hand: the NSW's answer is the check.
     */
    VERIFIED_CERTIFICATE(false),
    /**
     * A certificate's signature did not hold: a copy of that type whose signature holds (or an unsigned one) lifts it,
     * and so may the reading agency's officer after checking it another way.
     */
    SOUND_SIGNATURE(true);

    private final boolean liftableByHand;

    HoldEvidence(boolean liftableByHand) {
        this.liftableByHand = liftableByHand;
    }

    /** Whether an officer of the held step's agency may lift the hold without the evidence. */
    public boolean liftableByHand() {
        return liftableByHand;
    }
}
