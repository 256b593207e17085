package de.heldenhelfer.web.directory;

import de.heldenhelfer.directory.ClubRegistration;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The service desk's queue of club applications: verify, or reject with a reason. */
@Named
@ViewScoped
public class ClubApplicationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ClubRegistration registration;

  private transient List<ClubRegistration.Pending> pending;
  private final Map<Long, String> reasons = new HashMap<>();

  public List<ClubRegistration.Pending> getPending() {
    if (pending == null) {
      pending = registration.pending();
    }
    return pending;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public void verify(ClubRegistration.Pending p) {
    try {
      registration.verify(p.id(), p.version());
      Texts.info("clubApplications.verified", p.clubName());
    } catch (DomainException e) {
      Texts.error(e);
    }
    pending = null;
  }

  public void reject(ClubRegistration.Pending p) {
    try {
      registration.reject(p.id(), p.version(), reasons.get(p.id()));
      Texts.info("clubApplications.rejected", p.clubName());
      reasons.remove(p.id());
    } catch (DomainException e) {
      Texts.error(e);
    }
    pending = null;
  }
}
