package de.heldenhelfer.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the permission a service method needs; {@link PermissionInterceptor} checks it before
 * the method runs. Club permissions are checked in the request's club.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {
  /** Any one of these suffices. */
  @Nonbinding
  Permission[] value() default {};
}
