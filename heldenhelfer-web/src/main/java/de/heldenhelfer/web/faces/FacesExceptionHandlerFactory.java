package de.heldenhelfer.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link FriendlyExceptionHandler}. */
public class FacesExceptionHandlerFactory extends ExceptionHandlerFactory {
  public FacesExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new FriendlyExceptionHandler(getWrapped().getExceptionHandler());
  }
}
