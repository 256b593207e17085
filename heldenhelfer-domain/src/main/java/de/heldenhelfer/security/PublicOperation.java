package de.heldenhelfer.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that anybody may call, also without login (public directory, reference
 * data), or that the platform itself calls while authenticating. The reason is mandatory so a
 * reviewer sees why no permission is checked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicOperation {
  String value();
}
