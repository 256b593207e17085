package de.heldenhelfer.club;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The club's training groups (which facility, sport, time and how many take part), kept by the
 * board; the statistics read model counts them per facility and sport. The entity manager is bound
 * to the club of the request, so another club's group is never found (404).
 */
@ApplicationScoped
public class TrainingGroupService {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject Actor actor;

  /** The club's groups by weekday and time. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public List<TrainingGroup> groups() {
    tenant.requireClubId();
    return em.createQuery(
            "SELECT g FROM TrainingGroup g ORDER BY g.weekday, g.startTime, g.name",
            TrainingGroup.class)
        .getResultList();
  }

  /** Creates ({@code id} null) or changes a group; a stale version is refused. */
  @RequiresPermission(Permission.CLUB_EDIT)
  @Transactional
  public TrainingGroup save(Long id, long expectedVersion, TrainingGroup.Draft draft) {
    tenant.requireClubId();
    if (draft.sportCode() != null
        && draft.sportCode() != 0
        && em.find(Sport.class, draft.sportCode()) == null) {
      throw new RuleViolationException("sport", "training.sport.unknown");
    }
    if (draft.facilityAgs() != null && em.find(Municipality.class, draft.facilityAgs()) == null) {
      throw new RuleViolationException("municipality", "training.municipality.required");
    }
    String by = actor.require().displayName();
    LocalDateTime now = LocalDateTime.now(MemberService.ZONE).truncatedTo(ChronoUnit.MILLIS);
    if (id == null) {
      TrainingGroup g = new TrainingGroup(draft, by, now);
      em.persist(g);
      em.flush();
      return g;
    }
    TrainingGroup g = find(id);
    if (g.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    g.change(draft, by, now);
    em.flush();
    return g;
  }

  /** Removes a group; a stale version is refused. */
  @RequiresPermission(Permission.CLUB_EDIT)
  @Transactional
  public void delete(long id, long expectedVersion) {
    TrainingGroup g = find(id);
    if (g.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    em.remove(g);
  }

  private TrainingGroup find(long id) {
    tenant.requireClubId();
    TrainingGroup g = em.find(TrainingGroup.class, id);
    if (g == null) {
      throw new NotFoundException();
    }
    return g;
  }
}
