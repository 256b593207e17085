package de.heldenhelfer.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Checks {@link RequiresPermission} before a service method runs (before its transaction). */
@RequiresPermission
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class PermissionInterceptor {
  @Inject Authorizer authorizer;

  @AroundInvoke
  Object check(InvocationContext ctx) throws Exception {
    RequiresPermission rule = ctx.getMethod().getAnnotation(RequiresPermission.class);
    if (rule == null) {
      rule = ctx.getMethod().getDeclaringClass().getAnnotation(RequiresPermission.class);
    }
    authorizer.requireAny(rule == null ? new Permission[0] : rule.value());
    return ctx.proceed();
  }
}
