package de.heldenhelfer.web.servicedesk;

import de.heldenhelfer.servicedesk.DeskEvent;
import de.heldenhelfer.servicedesk.RequestService;
import de.heldenhelfer.servicedesk.RequestStatus;
import de.heldenhelfer.web.faces.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** A request's history in words, for the club's and the desk's pages. */
@Named
@ApplicationScoped
public class DeskTexts {
  /** "Status: Erledigt", "Zugewiesen an Petra Desk", "Antwort der Servicestelle" ... */
  public String event(RequestService.EventView e) {
    String detail = e.detail();
    if (e.kind() == DeskEvent.Kind.STATUS && detail != null) {
      detail =
          RequestStatus.valueOf(detail)
              .label(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    if (e.kind() == DeskEvent.Kind.ASSIGNED && detail == null) {
      return Texts.get("deskEvent.UNASSIGNED");
    }
    return Texts.get("deskEvent." + e.kind().name(), detail == null ? "" : detail);
  }
}
