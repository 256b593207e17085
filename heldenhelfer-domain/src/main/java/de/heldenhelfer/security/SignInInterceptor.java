package de.heldenhelfer.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Refuses {@link RequiresSignIn} methods to anonymous callers and to a club's API clients: these
 * operations act for the signed-in person themselves (their shifts, profile, notifications), and a
 * client is no person.
 */
@RequiresSignIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SignInInterceptor {
  @Inject Actor actor;

  @AroundInvoke
  Object check(InvocationContext ctx) throws Exception {
    if (actor.require().isClient()) {
      throw new de.heldenhelfer.shared.AccessDeniedException();
    }
    return ctx.proceed();
  }
}
