package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One planting area or packing house on a list of China's customs (GACC): its code, what it is, and whether it stands. */
@Embeddable
public class GaccCode {

    /** What a code names. */
    public enum Kind {
        PLANTING_AREA(DocumentType.PLANTING_AREA_CODE), PACKING_HOUSE(DocumentType.PACKING_HOUSE_CODE);

        private final DocumentType document;

        Kind(DocumentType document) {
            this.document = document;
        }

        /** The kind of code a declaration's document of {@code type} carries; null for a document that is no GACC code. */
        public static Kind of(DocumentType type) {
            for (Kind kind : values()) {
                if (kind.document == type) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** Whether exports under the code are admitted ({@code ACTIVE}) or suspended by GACC. */
    public enum Status { ACTIVE, SUSPENDED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String province;

    @Column(nullable = false)
    private String product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected GaccCode() {
    }

    public GaccCode(Kind kind, String code, String name, String province, String product, Status status) {
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.province = province;
        this.product = product;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String province() {
        return province;
    }

    public String product() {
        return product;
    }

    public Status status() {
        return status;
    }
}
