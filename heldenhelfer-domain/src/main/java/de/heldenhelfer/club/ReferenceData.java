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

  @PublicOperation("public reference data")
  @Transactional
  public List<Municipality> municipalities() {
    return em.createQuery("SELECT m FROM Municipality m ORDER BY m.name", Municipality.class)
        .getResultList();
  }

  @PublicOperation("public reference data")
  @Transactional
  public List<Sport> sports() {
    return em.createQuery("SELECT s FROM Sport s ORDER BY s.nameDe", Sport.class).getResultList();
  }
}
