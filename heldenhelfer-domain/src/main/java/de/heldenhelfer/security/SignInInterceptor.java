package de.heldenhelfer.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Refuses {@link RequiresSignIn} methods to anonymous callers. */
@RequiresSignIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SignInInterceptor {
  @Inject Actor actor;

  @AroundInvoke
  Object check(InvocationContext ctx) throws Exception {
    actor.require();
    return ctx.proceed();
  }
}
