package vn.laocai.gate.support.validation;

/**
 * The bounds every service puts on what a request may carry, shared so that the same field is bounded
 * alike everywhere. The resources name them in Bean Validation annotations ({@code @Size(max = Bounds.REASON)},
 * {@code @Pattern(regexp = Bounds.BOOKING_CODE)}), which the services enforce (400 naming the field) and the
 * OpenAPI documents carry ({@code maxLength}, {@code pattern}, {@code maximum}, {@code maxItems}).
 *
 * <p>The lengths come from the domain (plates, document numbers, codes) and stay far below what a PostgreSQL
 * index entry holds (about 2,700 bytes): every column of the services is {@code text}, so the database sets no
 * length of its own and a bound here is what keeps an over-long value from failing an index as a 500.
 * Numbers stay within their {@code numeric} columns.
 */
public final class Bounds {

    /** A booking code such as KT2-7XK4P9, in any case (codes are compared upper case). */
    public static final String BOOKING_CODE = "[Kk][Tt]2-[0-9A-Za-z]{6}";
    /** The length of a booking code. */
    public static final int BOOKING_CODE_LENGTH = 10;
    /** Why a value is no booking code: the catalogue's {@code constraint.booking-code}, said in the reader's language. */
    public static final String BOOKING_CODE_MESSAGE = "{constraint.booking-code}";
    /** A booking code as the platform writes it, upper case. */
    public static final String BOOKING_CODE_UPPER = "KT2-[0-9A-Z]{6}";
    /** A UUID in its 36-character text form. */
    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** The length of a UUID's text form. */
    public static final int UUID_LENGTH = 36;
    /** An ISO 3166 alpha-2 country code. */
    public static final String COUNTRY = "[A-Z]{2}";
    /** An ISO-8601 instant as text (2026-06-15T01:30:02.123456789+07:00 has 35 characters). */
    public static final int INSTANT_LENGTH = 40;
    /** A local day as text, 2026-06-15. */
    public static final int DAY_LENGTH = 10;

    /** A vehicle plate, Vietnamese (24C-123.45) or Chinese (云G·12345), with the separators people type. */
    public static final int PLATE = 20;
    /** A person's name as on a passport. */
    public static final int PERSON_NAME = 120;
    /** An enterprise's name. */
    public static final int ENTERPRISE_NAME = 200;
    /** A passport or border pass number as typed, spaces included (the number itself has 6 to 20 characters). */
    public static final int TYPED_DOCUMENT_NUMBER = 30;
    /** A passport or border pass number: 6 to 20 letters or digits. */
    public static final String DOCUMENT_NUMBER = "[A-Za-z0-9]{6,20}";
    /** The number printed on a trade document (invoice, certificate, code). */
    public static final int TRADE_DOCUMENT_NUMBER = 100;
    /** An uploaded file's name (what most file systems allow). */
    public static final int FILE_NAME = 255;
    /** A Vietnamese tax code (MST): 10 digits, or 13 for a branch (0101234567-001). */
    public static final String TAX_CODE = "\\d{10}(-\\d{3})?";
    /** An e-mail address (RFC 5321's limit on a path). */
    public static final int EMAIL = 254;
    /** A phone number as people write it, +84 912 345 678. */
    public static final int PHONE = 20;
    /** A free-text reason an officer, a driver or an agency gives. */
    public static final int REASON = 1000;
    /** Free-text remarks. */
    public static final int REMARKS = 1000;
    /** A code-like word (a status, a step, a type, a decision, a channel), compared against a known list. */
    public static final int CODE_WORD = 40;
    /** An identifier given by another system (a message id, an agency reference, a certificate number). */
    public static final int EXTERNAL_ID = 100;
    /** An account name, as a token's subject carries it. */
    public static final int ACCOUNT = 200;
    /**
     * An organisation's tax code ({@code 0100109106}, a branch {@code 0100109106-001}) or Chinese credit code
     * ({@code 91350100M000100Y43}), as the shape a request may send; {@code OrganisationId} checks its check digit.
     */
    public static final String ORGANISATION_ID = "[0-9]{10}(-?[0-9]{3})?|[0-9A-Za-z]{18}";
    /** The longest {@link #ORGANISATION_ID}. */
    public static final int ORGANISATION_ID_LENGTH = 18;
    /** The message of a value that does not match {@link #ORGANISATION_ID}. */
    public static final String ORGANISATION_ID_MESSAGE = "{constraint.organisation-id}";

    private Bounds() {
    }
}
