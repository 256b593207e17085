package de.heldenhelfer.web.pool;

import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.pool.SignUpStatus;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import de.heldenhelfer.web.faces.ViewIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One need as a volunteer sees it: what, where, the rules and the shifts to sign up for. */
@Named
@ViewScoped
public class NeedPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PoolService pool;

  private String id;
  private transient PoolService.NeedView need;

  public void load() {
    need = pool.need(requestedId());
  }

  public void signUp(long shiftId) {
    try {
      PoolService.SignUpResult r = pool.signUp(shiftId);
      if (r.status() == SignUpStatus.WAITING) {
        Texts.info("need.signedUp.waiting", r.waitingPosition());
      } else {
        Texts.info("need.signedUp");
      }
    } catch (DomainException e) {
      Texts.error(e);
    }
    need = null;
  }

  public void cancel(long signUpId) {
    try {
      pool.cancel(signUpId);
      Texts.info("need.cancelled");
    } catch (DomainException e) {
      Texts.error(e);
    }
    need = null;
  }

  public PoolService.NeedView getNeed() {
    if (need == null) {
      need = pool.need(requestedId());
    }
    return need;
  }

  private long requestedId() {
    return ViewIds.parse(id);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
