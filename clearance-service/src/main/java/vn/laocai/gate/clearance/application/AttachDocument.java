package vn.laocai.gate.clearance.application;

import vn.laocai.gate.clearance.domain.DocumentType;

/** A document to attach: its type and number, and the uploaded file (null for a code such as a planting-area code). */
public record AttachDocument(String account, DocumentType type, String number, String fileName, String declaredMediaType,
                             byte[] content) {
}
