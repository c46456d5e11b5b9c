package vn.laocai.gate.clearance.application;

/** The payment provider refused the payment or could not be reached; nothing was recorded, so paying again is safe. */
public class FeePaymentFailedException extends RuntimeException {

    public FeePaymentFailedException(String providerMessage, Throwable cause) {
        super(providerMessage, cause);
    }
}
