package de.heldenhelfer.web.api;

import de.heldenhelfer.documents.DocumentCategory;
import de.heldenhelfer.documents.DocumentService;
import de.heldenhelfer.web.export.ExportServlet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The club's document archive for its authorised clients: the list and the download, with the
 * permissions of the page (DOCUMENT_READ). The club in the path is entered by {@link
 * ClubScopeFilter}; another club's document id is not found (404).
 */
@Path("clubs/{clubId}/documents")
@RequestScoped
public class ClubDocumentResource {
  @Inject DocumentService documents;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<DocumentService.DocumentSummary> list(
      @PathParam("clubId") long clubId,
      @QueryParam("category") String category,
      @QueryParam("q") @DefaultValue("") String search) {
    DocumentCategory c = DocumentCategory.parse(category);
    if (c == null && category != null && !category.isBlank()) {
      throw new BadRequestException("unknown category");
    }
    return documents.list(c, search);
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  public Response content(
      @PathParam("clubId") long clubId,
      @PathParam("id") long id,
      @QueryParam("version") @DefaultValue("0") int version) {
    DocumentService.Download d = documents.download(id, version);
    return Response.ok(d.content(), d.mediaType())
        .header("Content-Disposition", ExportServlet.contentDisposition(d.fileName()))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Length", d.content().length)
        .build();
  }
}
