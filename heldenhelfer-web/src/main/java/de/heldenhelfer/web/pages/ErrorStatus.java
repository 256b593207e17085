package de.heldenhelfer.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/** Error pages answer with their status, also when reached by redirect after an Ajax request. */
@Named
@RequestScoped
public class ErrorStatus {
  public void apply(int status) {
    Object response = FacesContext.getCurrentInstance().getExternalContext().getResponse();
    if (response instanceof HttpServletResponse http && http.getStatus() < 400) {
      http.setStatus(status);
    }
  }
}
