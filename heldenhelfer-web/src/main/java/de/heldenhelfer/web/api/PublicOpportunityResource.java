package de.heldenhelfer.web.api;

import de.heldenhelfer.pool.NeedCategory;
import de.heldenhelfer.pool.PoolService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Public: volunteer opportunities (needs with public visibility; with a bearer token, what the
 * caller may see). Same paging as every list: {@code page} from 1.
 */
@Path("opportunities")
@RequestScoped
public class PublicOpportunityResource {
  /** Opportunities per page. */
  static final int SIZE = 20;

  @Inject PoolService pool;

  /** An opportunity in a list. */
  public record OpportunityDto(
      long id,
      String title,
      String club,
      String ags,
      String municipality,
      String category,
      LocalDate firstDay,
      LocalDate lastDay,
      int shifts,
      int freePlaces) {}

  /** A shift of an opportunity. */
  public record ShiftDto(
      long id, LocalDate day, LocalTime start, LocalTime end, int capacity, int freePlaces) {}

  /** One opportunity with its shifts. */
  public record OpportunityDetailDto(
      long id,
      String title,
      String description,
      String club,
      String ags,
      String municipality,
      String category,
      int minAge,
      List<ShiftDto> shifts) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ApiPage<OpportunityDto> search(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("ags") String ags,
      @QueryParam("category") String category,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page) {
    NeedCategory c;
    try {
      c =
          category == null || category.isBlank()
              ? null
              : NeedCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("category");
    }
    ApiPage.requested(page);
    List<PoolService.NeedCard> all =
        pool.openNeeds(
            new PoolService.NeedFilter(
                date(from, "from"), date(to, "to"), blank(ags), null, c, null, blank(q)));
    return ApiPage.of(
        all,
        page,
        SIZE,
        n ->
            new OpportunityDto(
                n.id(),
                n.title(),
                n.clubName(),
                n.ags(),
                n.municipality(),
                n.category().name(),
                n.firstDay(),
                n.lastDay(),
                n.shifts(),
                n.freePlaces()));
  }

  @GET
  @Path("{id: [0-9]+}")
  @Produces(MediaType.APPLICATION_JSON)
  public OpportunityDetailDto opportunity(@PathParam("id") long id) {
    PoolService.NeedView n = pool.need(id);
    return new OpportunityDetailDto(
        n.id(),
        n.title(),
        n.description(),
        n.clubName(),
        n.ags(),
        n.municipality(),
        n.category().name(),
        n.minAge(),
        n.shifts().stream()
            .filter(s -> !s.started())
            .map(
                s ->
                    new ShiftDto(s.id(), s.day(), s.start(), s.end(), s.capacity(), s.freePlaces()))
            .toList());
  }

  private static LocalDate date(String s, String field) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(field);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
