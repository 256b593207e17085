package de.heldenhelfer.people;

import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.PublicOperation;
import de.heldenhelfer.security.RegionRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a verified identity (the claims of a Keycloak token) into the app's {@link Principal}:
 * finds or creates the person, links the Keycloak subject on first login (by verified e-mail, so
 * people invited by e-mail find their club roles), and collects their club roles.
 */
@ApplicationScoped
public class IdentityService {
  @Inject EntityManager em;

  /** The claims the identity provider vouches for. */
  public record VerifiedIdentity(
      String subject,
      String email,
      boolean emailVerified,
      String firstName,
      String lastName,
      Collection<String> realmRoles) {}

  @PublicOperation("called by the authentication layer with a token it has verified")
  @Transactional
  public Principal signIn(VerifiedIdentity identity) {
    Person person = findBySubject(identity.subject());
    if (person == null && identity.emailVerified() && identity.email() != null) {
      person =
          em.createQuery(
                  "SELECT p FROM Person p WHERE p.email = :email AND p.subject IS NULL",
                  Person.class)
              .setParameter("email", identity.email())
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (person != null) {
        person.linkSubject(identity.subject());
      }
    }
    if (person == null) {
      String email =
          identity.email() != null ? identity.email() : identity.subject() + "@users.invalid";
      person = new Person(identity.subject(), email, identity.firstName(), identity.lastName());
      em.persist(person);
    }
    person.recordLogin(LocalDateTime.now(), identity.firstName(), identity.lastName());
    em.flush();
    return principalOf(person, regionRoles(identity.realmRoles()));
  }

  /** Rebuilds the principal of an already linked person, e.g. after a role change. */
  @PublicOperation("called by the authentication layer for a verified bearer token")
  @Transactional
  public Principal principalOf(String subject, Collection<String> realmRoles) {
    Person person = findBySubject(subject);
    if (person == null) {
      return null;
    }
    return principalOf(person, regionRoles(realmRoles));
  }

  private Person findBySubject(String subject) {
    return em.createQuery("SELECT p FROM Person p WHERE p.subject = :s", Person.class)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Principal principalOf(Person person, Set<RegionRole> regionRoles) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT c.id, c.name, r.role, r.departmentId FROM ClubRoleAssignment r"
                    + " JOIN r.club c WHERE r.person = :p ORDER BY c.name",
                Object[].class)
            .setParameter("p", person)
            .getResultList();
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, Set<ClubRole>> roles = new LinkedHashMap<>();
    Map<Long, Set<Long>> departments = new LinkedHashMap<>();
    for (Object[] row : rows) {
      Long clubId = (Long) row[0];
      ClubRole role = (ClubRole) row[2];
      names.put(clubId, (String) row[1]);
      roles.computeIfAbsent(clubId, k -> EnumSet.noneOf(ClubRole.class)).add(role);
      Set<Long> depts = departments.computeIfAbsent(clubId, k -> new HashSet<>());
      if (role.isDepartmentScoped() && row[3] != null) {
        depts.add((Long) row[3]);
      }
    }
    List<Principal.ClubMembership> clubs = new ArrayList<>();
    names.forEach(
        (id, name) ->
            clubs.add(new Principal.ClubMembership(id, name, roles.get(id), departments.get(id))));
    return new Principal(
        person.id(), person.subject(), person.displayName(), person.email(), regionRoles, clubs);
  }

  private static Set<RegionRole> regionRoles(Collection<String> realmRoles) {
    Set<RegionRole> set = EnumSet.noneOf(RegionRole.class);
    if (realmRoles != null) {
      realmRoles.forEach(r -> RegionRole.ofRealmRole(r).ifPresent(set::add));
    }
    return set;
  }
}
