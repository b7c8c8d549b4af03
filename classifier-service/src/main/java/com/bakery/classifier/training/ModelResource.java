package com.bakery.classifier.training;

import com.bakery.common.problem.NotFoundProblem;
import com.bakery.common.problem.ProblemException;
import com.bakery.common.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Versions of the tenant's local model: train a new one, watch it, list them, switch the active one. */
@Path("/api/classifier/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    /** {@code activate}: make the new version active when it is ready (the default). */
    public record TrainRequest(Boolean activate) {
    }

    private final CurrentUser user;
    private final ModelTrainer trainer;
    private final ModelVersionRepository versions;

    public ModelResource(CurrentUser user, ModelTrainer trainer, ModelVersionRepository versions) {
        this.user = user;
        this.trainer = trainer;
        this.versions = versions;
    }

    /** 202: the version exists, TRAINING; its progress and outcome show at its Location. */
    @POST
    @RolesAllowed({ "manager", "admin" })
    public Response train(TrainRequest request) {
        boolean activate = request == null || request.activate() == null || request.activate();
        ModelVersion m = trainer.start(user.tenant(), user.subject(), activate);
        return Response.accepted(ModelView.of(m)).location(URI.create("/api/classifier/models/" + m.version)).build();
    }

    @GET
    @RolesAllowed({ "manager", "admin", "baker" })
    public List<ModelView> list() {
        return versions.all(user.tenant()).stream().map(ModelView::of).toList();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({ "manager", "admin", "baker" })
    public ModelView get(@PathParam("version") int version) {
        return ModelView.of(find(version));
    }

    /** Makes a READY version the one that answers (switching back to an older one too). */
    @POST
    @Path("/{version}/activate")
    @RolesAllowed({ "manager", "admin" })
    @Transactional
    public ModelView activate(@PathParam("version") int version) {
        ModelVersion m = find(version);
        if (m.status != ModelStatus.READY) {
            throw ProblemException.conflict("model_not_ready",
                    "Model version " + version + " is " + m.status + "; only a READY version can be active.");
        }
        versions.activate(m);
        return ModelView.of(m);
    }

    private ModelVersion find(int version) {
        return versions.find(user.tenant(), version).orElseThrow(() -> new NotFoundProblem("model version", version));
    }
}
