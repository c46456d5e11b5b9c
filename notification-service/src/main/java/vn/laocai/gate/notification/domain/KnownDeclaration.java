package vn.laocai.gate.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who declared a consignment (the account that submitted it and the declarant's tax code, from {@code DeclarationSubmitted}) and its customs number. */
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

    @Column(name = "owner_account")
    private String ownerAccount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KnownDeclaration() {
    }

    public KnownDeclaration(String id, String declarantTaxCode, String declarantName, String customsNumber,
                            String ownerAccount, Instant now) {
        this.id = id;
        this.ownerAccount = blankToNull(ownerAccount);
        this.declarantTaxCode = declarantTaxCode;
        this.declarantName = declarantName;
        this.customsNumber = customsNumber;
        this.updatedAt = now;
    }

    /** A later version of the declaration: another declarant or customs number; the account that declared never changes. */
    public void update(String taxCode, String name, String number, String account, Instant now) {
        if (ownerAccount == null) {
            ownerAccount = blankToNull(account);
        }
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

    /** The account that submitted the declaration; null for one whose events predate it. */
    public String ownerAccount() {
        return ownerAccount;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String declarantName() {
        return declarantName;
    }
}
