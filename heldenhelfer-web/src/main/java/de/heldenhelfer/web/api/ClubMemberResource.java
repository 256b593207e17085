package de.heldenhelfer.web.api;

import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * A club's members for its authorised clients, with the same permissions as the pages. The club in
 * the path is entered by {@link ClubScopeFilter}; the service checks the permission.
 */
@Path("clubs/{clubId}/members")
@RequestScoped
public class ClubMemberResource {
  @Inject MemberService members;

  /** A member as the API shows it. */
  public record MemberDto(
      long id,
      String memberNumber,
      String firstName,
      String lastName,
      LocalDate birthDate,
      String status,
      LocalDate entryDate,
      String email) {
    static MemberDto of(Member m) {
      return new MemberDto(
          m.id(),
          m.memberNumber(),
          m.firstName(),
          m.lastName(),
          m.birthDate(),
          m.status().name(),
          m.entryDate(),
          m.email());
    }
  }

  /** One page of members with the total. */
  public record Page(long total, int offset, int limit, List<MemberDto> items) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Page list(
      @PathParam("clubId") long clubId,
      @QueryParam("q") @DefaultValue("") String search,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    MemberQuery query = new MemberQuery(search, null, MemberQuery.Sort.NAME, false);
    int size = Math.max(1, Math.min(100, limit));
    return new Page(
        members.count(query),
        Math.max(0, offset),
        size,
        members.page(query, offset, size).stream().map(MemberDto::of).toList());
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public MemberDto get(@PathParam("clubId") long clubId, @PathParam("id") long id) {
    return MemberDto.of(members.find(id));
  }
}
