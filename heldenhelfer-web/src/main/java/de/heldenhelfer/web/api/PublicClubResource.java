package de.heldenhelfer.web.api;

import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.directory.DirectoryService;
import de.heldenhelfer.pool.PoolService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Public: the directory of verified clubs (search and detail), the same data as the public pages –
 * never an address, an e-mail or a person.
 */
@Path("clubs")
@RequestScoped
public class PublicClubResource {
  @Inject DirectoryService directory;
  @jakarta.ws.rs.core.Context HttpHeaders headers;

  /** A club in a search result. */
  public record ClubDto(
      String slug,
      String name,
      String kind,
      String ags,
      String municipality,
      String purpose,
      List<String> sports,
      Integer distanceKm) {}

  /** A club's public page. */
  public record ClubDetailDto(
      String slug,
      String name,
      String kind,
      String ags,
      String municipality,
      String purpose,
      String description,
      String website,
      Integer foundedYear,
      List<DirectoryService.Department> departments,
      List<DirectoryService.TrainingTime> trainingTimes,
      List<NeedDto> needs) {}

  /** A public need of the club. */
  public record NeedDto(
      long id,
      String title,
      String municipality,
      String category,
      LocalDate firstDay,
      LocalDate lastDay,
      int freePlaces) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ApiPage<ClubDto> search(
      @QueryParam("q") String q,
      @QueryParam("ags") String ags,
      @QueryParam("kind") String kind,
      @QueryParam("sport") Integer sport,
      @QueryParam("near") String near,
      @QueryParam("page") Integer page) {
    ClubKind k;
    try {
      k =
          kind == null || kind.isBlank()
              ? null
              : ClubKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("kind");
    }
    DirectoryService.Page result =
        directory.search(
            new DirectoryService.Query(q, ags, k, sport, near, ApiPage.requested(page) - 1),
            locale());
    return new ApiPage<>(
        result.clubs().stream().map(PublicClubResource::dto).toList(),
        result.total(),
        result.page() + 1,
        result.pages(),
        DirectoryService.PAGE_SIZE);
  }

  @GET
  @Path("{slug}")
  @Produces(MediaType.APPLICATION_JSON)
  public ClubDetailDto club(@PathParam("slug") String slug) {
    DirectoryService.Profile p = directory.club(slug, locale());
    return new ClubDetailDto(
        p.slug(),
        p.name(),
        p.kind().name(),
        p.ags(),
        p.municipality(),
        p.purpose(),
        p.description(),
        p.website(),
        p.foundedYear(),
        p.departments(),
        p.trainingTimes(),
        p.needs().stream().map(PublicClubResource::need).toList());
  }

  static ClubDto dto(DirectoryService.Entry c) {
    return new ClubDto(
        c.slug(),
        c.name(),
        c.kind().name(),
        c.ags(),
        c.municipality(),
        c.purpose(),
        c.sports(),
        c.distanceKm());
  }

  private static NeedDto need(PoolService.NeedCard n) {
    return new NeedDto(
        n.id(),
        n.title(),
        n.municipality(),
        n.category().name(),
        n.firstDay(),
        n.lastDay(),
        n.freePlaces());
  }

  private Locale locale() {
    return Problems.locale(headers.getAcceptableLanguages());
  }
}
