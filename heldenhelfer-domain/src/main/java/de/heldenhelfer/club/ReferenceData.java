package de.heldenhelfer.club;

import de.heldenhelfer.security.PublicOperation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Municipalities and sports of the region: public reference data. */
@ApplicationScoped
public class ReferenceData {
  @Inject EntityManager em;

  // Reference data only changes with a database migration, i.e. with a new deployment: read once.
  private volatile List<Municipality> municipalities;
  private volatile List<Sport> sports;

  /** The region's municipalities by name (read once; the entities must not be changed). */
  @PublicOperation("public reference data")
  @Transactional
  public List<Municipality> municipalities() {
    List<Municipality> m = municipalities;
    if (m == null) {
      m =
          List.copyOf(
              em.createQuery("SELECT m FROM Municipality m ORDER BY m.name", Municipality.class)
                  .getResultList());
      if (!m.isEmpty()) {
        municipalities = m; // empty while the demo region is still loading
      }
    }
    return m;
  }

  /** The sports by German name (read once; the entities must not be changed). */
  @PublicOperation("public reference data")
  @Transactional
  public List<Sport> sports() {
    List<Sport> s = sports;
    if (s == null) {
      s =
          List.copyOf(
              em.createQuery("SELECT s FROM Sport s ORDER BY s.nameDe", Sport.class)
                  .getResultList());
      if (!s.isEmpty()) {
        sports = s;
      }
    }
    return s;
  }
}
