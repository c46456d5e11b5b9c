package vn.laocai.gate.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who declared a consignment (the declarant's tax code, from {@code DeclarationSubmitted}) and its customs number. */
@Entity
@Table(name = "known_declaration")
public class KnownDeclaration {

    @Id
    @Column(name = "declaration_id")
    private String id;

    @Column(name = "declarant_tax_code", nullable = false)
    private String declarantTaxCode;

    @Column(name = "declarant_name")
    private String declarantName;

    @Column(name = "customs_number")
    private String customsNumber;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KnownDeclaration() {
    }

    public KnownDeclaration(String id, String declarantTaxCode, String declarantName, String customsNumber, Instant now) {
        this.id = id;
        this.declarantTaxCode = declarantTaxCode;
        this.declarantName = declarantName;
        this.customsNumber = customsNumber;
        this.updatedAt = now;
    }

    /** A later version of the declaration: another declarant or customs number. */
    public void update(String taxCode, String name, String number, Instant now) {
        declarantTaxCode = taxCode;
        declarantName = name;
        customsNumber = number;
        updatedAt = now;
    }

    /** How notices name the declaration: its customs declaration number, or the start of its id. */
    public String number() {
        return customsNumber != null && !customsNumber.isBlank() ? customsNumber : id.substring(0, Math.min(8, id.length()));
    }

    public String id() {
        return id;
    }

    public String declarantTaxCode() {
        return declarantTaxCode;
    }

    public String declarantName() {
        return declarantName;
    }
}
