package de.heldenhelfer.pool;

import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.security.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that decides which needs a person sees (ADR 0012): public needs everybody; pool
 * needs every signed-in person; partner needs the people of the club and of its partner clubs;
 * club-internal needs only the club's own people. Used both as a JPQL condition (lists) and as a
 * check on a loaded need (detail, sign-up), so the two can never disagree.
 */
@ApplicationScoped
public class PoolVisibility {
  @Inject EntityManager em;

  /** Who is looking: signed in or not, their clubs, and the clubs whose partner they are. */
  public record Scope(boolean signedIn, Set<Long> ownClubs, Set<Long> partnerOf) {
    /** A JPQL condition on the need alias; bind its parameters with {@link #bind}. */
    public String jpql(String need) {
      StringBuilder s = new StringBuilder("(" + need + ".visibility = :visPublic");
      if (signedIn) {
        s.append(" OR ").append(need).append(".visibility = :visPool");
      }
      if (!ownClubs.isEmpty()) {
        s.append(" OR ").append(need).append(".clubId IN :visOwn");
      }
      if (!partnerOf.isEmpty()) {
        s.append(" OR (")
            .append(need)
            .append(".visibility = :visPartners AND ")
            .append(need)
            .append(".clubId IN :visPartnerOf)");
      }
      return s.append(")").toString();
    }

    public void bind(Query q) {
      q.setParameter("visPublic", NeedVisibility.PUBLIC);
      if (signedIn) {
        q.setParameter("visPool", NeedVisibility.POOL);
      }
      if (!ownClubs.isEmpty()) {
        q.setParameter("visOwn", ownClubs);
      }
      if (!partnerOf.isEmpty()) {
        q.setParameter("visPartners", NeedVisibility.PARTNERS);
        q.setParameter("visPartnerOf", partnerOf);
      }
    }

    /** The same rule for one need. */
    public boolean allows(Need need) {
      return switch (need.visibility()) {
        case PUBLIC -> true;
        case POOL -> signedIn;
        case PARTNERS -> ownClubs.contains(need.clubId()) || partnerOf.contains(need.clubId());
        case CLUB -> ownClubs.contains(need.clubId());
      };
    }
  }

  /** The scope of {@code principal} (null: an anonymous visitor). */
  public Scope scope(Principal principal) {
    if (principal == null || principal.isSystem()) {
      return new Scope(false, Set.of(), Set.of());
    }
    Set<Long> own =
        principal.clubs().stream()
            .map(Principal.ClubMembership::clubId)
            .collect(Collectors.toSet());
    return new Scope(true, own, partnersOf(own));
  }

  /** The clubs that count any of {@code clubs} as their partner. */
  Set<Long> partnersOf(Set<Long> clubs) {
    if (clubs.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery("SELECT p.clubId FROM ClubPartner p WHERE p.partnerId IN :clubs", Long.class)
            .setParameter("clubs", clubs)
            .getResultList());
  }

  /** Latitude and longitude of a municipality, or null if the code is unknown. */
  public double[] coordinates(String ags) {
    Municipality m = em.find(Municipality.class, ags);
    return m == null ? null : new double[] {m.lat(), m.lon()};
  }
}
