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
        this.documentNumber = documentNumber.strip().toUpperCase(java.util.Locale.ROOT);
        this.phone = phone.replaceAll("[\\s.\\-()]", "");
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
