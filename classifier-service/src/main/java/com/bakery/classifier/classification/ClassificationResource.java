package com.bakery.classifier.classification;

import com.bakery.classifier.image.ImageCheck;
import com.bakery.classifier.image.ImageFormat;
import com.bakery.classifier.image.StoredImage;
import com.bakery.classifier.image.Uploads;
import com.bakery.classifier.training.Labels;
import com.bakery.common.page.Page;
import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Photos of deliveries, classified; the tenant's history of them, and the images themselves. */
@Path("/api/classifier/classifications")
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationResource {

    public record BatchRequest(String batchId) {
    }

    private final CurrentUser user;
    private final ImageCheck check;
    private final ClassificationService service;
    private final ClassificationRepository classifications;

    public ClassificationResource(CurrentUser user, ImageCheck check, ClassificationService service,
            ClassificationRepository classifications) {
        this.user = user;
        this.check = check;
        this.service = service;
        this.classifications = classifications;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ "baker", "manager", "admin" })
    public Response classify(@RestForm("image") FileUpload image, @RestForm("batchId") String batchId) {
        String batch = BatchRefs.check("batchId", batchId);
        var checked = check.check("image", Uploads.bytes("image", image));
        Classification c = service.classify(user.tenant(), user.subject(), checked, batch);
        return Response.created(URI.create("/api/classifier/classifications/" + c.id))
                .entity(ClassificationView.of(c)).build();
    }

    @GET
    @RolesAllowed({ "baker", "manager", "admin", "auditor" })
    public Page<ClassificationView> list(@QueryParam("label") String label, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("before") @DefaultValue("0") @Min(0) long before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        String normal = label == null || label.isBlank() ? null : Labels.normalise("label", label);
        var since = Dates.from("from", from);
        var until = Dates.to("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return Page.of(classifications.page(user.tenant(), normal, since, until, before, limit + 1), limit,
                c -> c.id, ClassificationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "baker", "manager", "admin", "auditor" })
    public ClassificationView get(@PathParam("id") long id) {
        return ClassificationView.of(find(id));
    }

    /** The photo as it was uploaded, with its own media type. */
    @GET
    @Path("/{id}/image")
    @Produces({ "image/jpeg", "image/png", "image/webp", "application/problem+json" })
    @RolesAllowed({ "baker", "manager", "admin", "auditor" })
    public Response image(@PathParam("id") long id) {
        StoredImage image = find(id).image;
        return Response.ok(image.content, ImageFormat.valueOf(image.format.toUpperCase()).mediaType())
                .header("Cache-Control", "private, max-age=86400").build();
    }

    /** Attaches the classification to the inventory batch (delivery) the photo shows. */
    @PUT
    @Path("/{id}/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "baker", "manager", "admin" })
    @Transactional
    public ClassificationView attach(@PathParam("id") long id, BatchRequest request) {
        String batch = BatchRefs.check("batchId", request == null ? null : request.batchId());
        if (batch == null) {
            throw ProblemException.invalid("batchId", "is required");
        }
        Classification c = find(id);
        c.batchRef = batch;
        return ClassificationView.of(c);
    }

    private Classification find(long id) {
        return classifications.find(user.tenant(), id).orElseThrow(() -> new NotFoundProblem("classification", id));
    }
}
