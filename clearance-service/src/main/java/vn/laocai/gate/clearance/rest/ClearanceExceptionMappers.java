package vn.laocai.gate.clearance.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.laocai.gate.clearance.application.DocumentFileException;
import vn.laocai.gate.clearance.application.FeePaymentFailedException;
import vn.laocai.gate.support.domain.Message;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.problem.ProblemException;
import vn.laocai.gate.support.problem.ProblemMappers;

import java.util.List;

/** Clearance's own failures as problem details: uploads the gate does not accept (413, 415, 400), a payment not taken (502). */
public class ClearanceExceptionMappers {

    @ServerExceptionMapper
    public Response tooLarge(DocumentFileException.TooLarge e, UriInfo uri) {
        return ProblemMappers.answer(new ProblemException(413, "document-too-large", "Document too large", e.getMessage(),
                List.of(new Problem.FieldViolation("file", "at most " + e.maxBytes() + " bytes")))
                .saying(Message.of("problem.document-too-large", "max", e.maxBytes()), ""), uri);
    }

    @ServerExceptionMapper
    public Response unsupportedType(DocumentFileException.UnsupportedType e, UriInfo uri) {
        return ProblemMappers.answer(new ProblemException(415, "unsupported-document-type", "Unsupported document type",
                e.getMessage(), List.of(new Problem.FieldViolation("file", "must be application/pdf, image/jpeg or image/png")))
                .saying(Message.of("problem.unsupported-document-type"), ""), uri);
    }

    @ServerExceptionMapper
    public Response contentMismatch(DocumentFileException.ContentMismatch e, UriInfo uri) {
        return ProblemMappers.answer(new ProblemException(400, "document-content-mismatch", "Content does not match its type",
                e.getMessage(), List.of(new Problem.FieldViolation("file", "content is not " + e.declared())))
                .saying(Message.of("problem.document-content-mismatch", "declared", e.declared(), "actual", e.actual()), "file: "), uri);
    }

    @ServerExceptionMapper
    public Response paymentFailed(FeePaymentFailedException e, UriInfo uri) {
        return ProblemMappers.answer(new ProblemException(502, "payment-failed", "The payment provider did not take the payment",
                "payment: " + e.getMessage() + "; try again: the same order is never charged twice", List.of())
                .saying(Message.of("problem.payment-failed", "reason", e.getMessage()), ""), uri);
    }
}
