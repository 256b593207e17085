package de.heldenhelfer.web.pool;

import de.heldenhelfer.pool.ClubNeedService;
import de.heldenhelfer.pool.Need;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The club's needs (Helfergesuche) and the form for a new one with its first shift. */
@Named
@ViewScoped
public class ClubNeedsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ClubNeedService needs;

  private NeedForm form = new NeedForm();
  private transient List<ClubNeedService.ClubNeedRow> rows;

  public void create() throws IOException {
    try {
      Need need = needs.create(form.draft(), List.of(form.shift()));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Texts.info("clubNeeds.created", need.title());
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                  + "/app/club-need.xhtml?id="
                  + need.id());
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public List<ClubNeedService.ClubNeedRow> getRows() {
    if (rows == null) {
      rows = needs.needs();
    }
    return rows;
  }

  public NeedForm getForm() {
    return form;
  }
}
