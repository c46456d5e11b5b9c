package vn.laocai.gate.queue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The driver a booking is bound to. */
@Embeddable
public class Driver {

    @Column(name = "driver_name", nullable = false)
    private String name;

    @Column(name = "driver_nationality", nullable = false)
    private String nationality;

    @Column(name = "driver_document_number", nullable = false)
    private String documentNumber;

    @Column(name = "driver_phone", nullable = false)
    private String phone;

    protected Driver() {
    }

    public Driver(String name, String nationality, String documentNumber, String phone) {
        this.name = name.strip();
        this.nationality = nationality;
        this.documentNumber = normaliseDocument(documentNumber);
        this.phone = phone.replaceAll("[\\s.\\-()]", "");
    }

    /** A passport or border-pass number as compared: upper case, without spaces. */
    public static String normaliseDocument(String documentNumber) {
        return documentNumber.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The name of the lock that serialises the bookings of this driver (by nationality and document) across accounts. */
    public String lockKey() {
        return "document:" + nationality.strip().toUpperCase(java.util.Locale.ROOT) + ":" + documentNumber;
    }

    /** Whether the document an officer reads off at check-in is this driver's: MATCH, MISMATCH or NOT_PRESENTED. */
    public DocumentCheck check(String presented) {
        if (presented == null || presented.isBlank()) {
            return DocumentCheck.NOT_PRESENTED;
        }
        return normaliseDocument(presented).equals(documentNumber) ? DocumentCheck.MATCH : DocumentCheck.MISMATCH;
    }

    public String name() {
        return name;
    }

    public String nationality() {
        return nationality;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String phone() {
        return phone;
    }
}
