package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The enterprise that declares: exporter or importer, identified by its Vietnamese tax code (MST). */
@Embeddable
public class Declarant {

    @Column(name = "declarant_tax_code", nullable = false)
    private String taxCode;

    @Column(name = "declarant_name", nullable = false)
    private String name;

    protected Declarant() {
    }

    public Declarant(String taxCode, String name) {
        this.taxCode = taxCode;
        this.name = name.strip();
    }

    public String taxCode() {
        return taxCode;
    }

    public String name() {
        return name;
    }

    boolean sameAs(Declarant other) {
        return taxCode.equals(other.taxCode) && name.equals(other.name);
    }
}
