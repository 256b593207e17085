package de.heldenhelfer.web.api;

import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The caller's shifts (bearer token): list, sign up for a shift, cancel a sign-up – the same rules
 * as on the pages (never overbooked, minimum age, qualifications, overlaps, the cancel deadline),
 * refusals as problem details naming the reason. Another person's sign-up is never found (404).
 */
@Path("me/shifts")
@RequestScoped
public class MyShiftsResource {
  @Inject PoolService pool;
  @jakarta.ws.rs.core.Context UriInfo uri;

  /** What a sign-up asks for. */
  public record SignUpRequest(Long shiftId) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<PoolService.MySignUp> list() {
    return pool.mySignUps();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response signUp(SignUpRequest request) {
    if (request == null || request.shiftId() == null) {
      throw new RuleViolationException("shiftId", "api.shiftId.required");
    }
    PoolService.SignUpResult result = pool.signUp(request.shiftId());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(result.signUpId())).build())
        .entity(result)
        .build();
  }

  @DELETE
  @Path("{id: [0-9]+}")
  public Response cancel(@PathParam("id") long id) {
    pool.cancel(id);
    return Response.noContent().build();
  }
}
