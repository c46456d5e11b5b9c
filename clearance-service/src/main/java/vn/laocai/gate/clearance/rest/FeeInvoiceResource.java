package vn.laocai.gate.clearance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laocai.gate.clearance.application.FeeInvoices;
import vn.laocai.gate.clearance.documents.InvoicePdf;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.FeeInvoice;
import vn.laocai.gate.clearance.domain.InvoiceCheck;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.problem.Problem;
import vn.laocai.gate.support.security.Roles;
import vn.laocai.gate.support.validation.Bounds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/** The e-invoice of a consignment's fee: what it says and whether its signatures hold, its XML, its readable PDF. */
@Path("/api/declarations/{id}/fee")
@Tag(name = "Clearance case", description = "Decisions of each agency, holds, fee payment")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.TRADER, Roles.FEE_OFFICER, Roles.SUPERVISOR})
public class FeeInvoiceResource {

    private final FeeInvoices invoices;
    private final InvoicePdf pdf;
    private final Callers callers;

    public FeeInvoiceResource(FeeInvoices invoices, InvoicePdf pdf, Callers callers) {
        this.invoices = invoices;
        this.pdf = pdf;
        this.callers = callers;
    }

    /** The fee's e-invoice as read from its XML, and the check of its signatures. */
    @Schema(name = "FeeInvoice")
    public record InvoiceView(@Schema(example = "1C26TLC-00000042") String invoiceNumber, @Schema(example = "PAY-5F2A9C31D0E4") String paymentReference,
                              @Schema(description = "KHMSHDon", example = "1") String template,
                              @Schema(description = "KHHDon", example = "C26TLC") String symbol,
                              @Schema(description = "SHDon", example = "00000042") String number,
                              @Schema(description = "NLap") LocalDate issuedOn,
                              String sellerName, @Schema(example = "5300100995") String sellerTaxCode,
                              String buyerName, @Schema(example = "0101234567") String buyerTaxCode,
                              @Schema(example = "1500000") Long totalVnd, String totalInWords,
                              @Schema(description = "MCCQT: the tax authority's code; null on an invoice without one") String taxAuthorityCode,
                              Instant receivedAt,
                              @Schema(description = "The check of its stored XML now: SIGNED_VALID, SIGNED_ALTERED (the XML changed after "
                                      + "signing, or a signature leaves out what it must cover), SIGNED_UNTRUSTED, UNSIGNED, UNREADABLE",
                                      example = "SIGNED_VALID") String signatureStatus,
                              @Schema(description = "The seller's certificate subject") String signer,
                              @Schema(description = "What did not hold; null when nothing") String problem,
                              @Schema(description = "What the check found when the invoice was received", example = "SIGNED_VALID")
                              String statusOnReceipt) {

        static InvoiceView of(FeeInvoice invoice, InvoiceCheck now) {
            InvoiceCheck.Content c = now.content() != null ? now.content() : invoice.checkOnReceipt().content();
            return new InvoiceView(invoice.invoiceNumber(), invoice.paymentReference(), c == null ? null : c.template(),
                    c == null ? null : c.symbol(), c == null ? null : c.number(), c == null ? null : c.issuedOn(),
                    c == null ? null : c.sellerName(), c == null ? null : c.sellerTaxCode(), c == null ? null : c.buyerName(),
                    c == null ? null : c.buyerTaxCode(), c == null ? null : c.totalVnd(), c == null ? null : c.totalInWords(),
                    c == null ? null : c.taxAuthorityCode(), invoice.receivedAt(), now.status().name(), now.signer(), now.problem(),
                    invoice.checkOnReceipt().status().name());
        }
    }

    @GET
    @Path("invoice")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the fee's e-invoice", description = "The e-invoice of the latest fee payment as its XML says it "
            + "(Circular 78/2021: template, symbol, number, date, seller and buyer with their tax codes, totals, the tax authority's "
            + "code) and the check of its XML-DSig signatures, made again from the stored XML. Roles trader (their own declarations "
            + "only), fee officer, supervisor.")
    @APIResponse(responseCode = "200", description = "The e-invoice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "404", description = "No such declaration of yours, or no e-invoice (not paid yet)")
    public InvoiceView invoice(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        FeeInvoice invoice = latest(id);
        return InvoiceView.of(invoice, invoices.verify(invoice));
    }

    @GET
    @Path("invoice.xml")
    @Produces({MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
    @Operation(summary = "Download the e-invoice's XML", description = "The signed XML exactly as the provider issued it, as an "
            + "attachment. Roles trader (their own declarations only), fee officer, supervisor.")
    @APIResponse(responseCode = "200", description = "The XML", content = @Content(mediaType = MediaType.APPLICATION_XML))
    @APIResponse(responseCode = "404", description = "No such declaration of yours, or no e-invoice (not paid yet)")
    public Response xml(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        FeeInvoice invoice = latest(id);
        return Response.ok(invoice.xml().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_XML + ";charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment(invoice.invoiceNumber() + ".xml"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("invoice.pdf")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    @Operation(summary = "Download a readable copy of the e-invoice", description = "One page, each field labelled in Vietnamese, "
            + "English and Chinese, with the check of its signatures; the XML remains the invoice. Roles trader (their own "
            + "declarations only), fee officer, supervisor.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such declaration of yours, or no e-invoice (not paid yet)")
    public Response pdf(@PathParam("id") @Size(max = Bounds.UUID_LENGTH) String id) {
        FeeInvoice invoice = latest(id);
        return Response.ok(pdf.render(invoice, invoices.verify(invoice)), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(invoice.invoiceNumber() + ".pdf"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private FeeInvoice latest(String id) {
        Declaration declaration = callers.visible(id);
        return invoices.latest(declaration.id()).orElseThrow(() -> new NotFoundException("E-invoice", id));
    }
}
