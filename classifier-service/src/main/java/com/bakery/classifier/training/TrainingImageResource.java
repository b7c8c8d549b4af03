package com.bakery.classifier.training;

import com.bakery.classifier.image.ImageCheck;
import com.bakery.classifier.image.Uploads;
import com.bakery.common.page.Page;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Labelled images a tenant's local model learns from. */
@Path("/api/classifier/training-images")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingImageResource {

    public record LabelCount(String label, long images) {
    }

    private final CurrentUser user;
    private final ImageCheck check;
    private final TrainingImageService service;
    private final TrainingImageRepository training;

    public TrainingImageResource(CurrentUser user, ImageCheck check, TrainingImageService service,
            TrainingImageRepository training) {
        this.user = user;
        this.check = check;
        this.service = service;
        this.training = training;
    }

    /** 201 with the new training image; 200 when this image already had this label. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ "manager", "admin" })
    public Response add(@RestForm("image") FileUpload image, @RestForm("label") String label) {
        String normal = Labels.normalise("label", label);
        var checked = check.check("image", Uploads.bytes("image", image));
        var added = service.add(user.tenant(), normal, checked);
        TrainingImageView view = TrainingImageView.of(added.image());
        return added.created()
                ? Response.created(URI.create("/api/classifier/training-images/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({ "manager", "admin", "baker" })
    public Page<TrainingImageView> list(@QueryParam("label") String label,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        String normal = label == null || label.isBlank() ? null : Labels.normalise("label", label);
        return Page.of(training.page(user.tenant(), normal, after, limit + 1), limit, t -> t.id, TrainingImageView::of);
    }

    @GET
    @Path("/labels")
    @RolesAllowed({ "manager", "admin", "baker" })
    public List<LabelCount> labels() {
        return training.countsByLabel(user.tenant()).stream()
                .map(row -> new LabelCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "manager", "admin" })
    public Response remove(@PathParam("id") long id) {
        service.remove(user.tenant(), id);
        return Response.noContent().build();
    }
}
