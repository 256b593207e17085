package de.heldenhelfer.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1. Public endpoints need no token; the rest take Keycloak bearer tokens.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {}
