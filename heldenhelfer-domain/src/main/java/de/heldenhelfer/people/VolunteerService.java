package de.heldenhelfer.people;

import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.RequiresSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The signed-in person's own volunteer profile. */
@ApplicationScoped
public class VolunteerService {
  @Inject EntityManager em;
  @Inject Actor actor;

  /** What the volunteer sees of their own profile. */
  public record OwnProfile(
      String home, int radiusKm, VolunteerProfile.Visibility visibility, List<String> skills) {}

  @RequiresSignIn
  @Transactional
  public Optional<OwnProfile> ownProfile() {
    return em.createQuery(
            "SELECT v FROM VolunteerProfile v JOIN FETCH v.home WHERE v.person.id = :p",
            VolunteerProfile.class)
        .setParameter("p", actor.require().personId())
        .getResultStream()
        .findFirst()
        .map(v -> new OwnProfile(v.home().name(), v.radiusKm(), v.visibility(), v.skills()));
  }
}
