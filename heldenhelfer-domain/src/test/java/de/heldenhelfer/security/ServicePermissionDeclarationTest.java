package de.heldenhelfer.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of an application service (an {@code @ApplicationScoped} class that opens
 * transactions) declares who may call it. A new service method without a declaration fails here.
 */
class ServicePermissionDeclarationTest {
  @Test
  void everyPublicServiceMethodDeclaresItsPermission() throws Exception {
    Path classes = Path.of("target", "classes");
    List<String> undeclared = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains("$")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        if (!type.isAnnotationPresent(ApplicationScoped.class)) {
          continue;
        }
        for (Method m : type.getDeclaredMethods()) {
          if (!Modifier.isPublic(m.getModifiers())
              || !m.isAnnotationPresent(jakarta.transaction.Transactional.class)) {
            continue;
          }
          checked++;
          boolean declared =
              m.isAnnotationPresent(RequiresPermission.class)
                  || m.isAnnotationPresent(RequiresSignIn.class)
                  || m.isAnnotationPresent(PublicOperation.class)
                  || type.isAnnotationPresent(RequiresPermission.class);
          if (!declared) {
            undeclared.add(type.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertTrue(checked >= 10, "found the service methods (" + checked + ")");
    assertTrue(
        undeclared.isEmpty(), "service methods without permission declaration: " + undeclared);
  }

  @Test
  void rolesCarryTheirPermissions() {
    Principal.ClubMembership board =
        new Principal.ClubMembership(1, "A", java.util.Set.of(ClubRole.CHAIR));
    Principal.ClubMembership member =
        new Principal.ClubMembership(2, "B", java.util.Set.of(ClubRole.MEMBER));
    Principal p = new Principal(1, "s", "n", "e", java.util.Set.of(), List.of(board, member));
    assertTrue(p.holds(Permission.MEMBER_READ, 1L));
    assertTrue(!p.holds(Permission.MEMBER_READ, 2L), "a member may not read the list");
    assertTrue(!p.holds(Permission.MEMBER_READ, 3L), "no rights in a foreign club");
    assertTrue(!p.holds(Permission.STATISTICS, 1L), "club roles carry no region rights");
    Principal planner =
        new Principal(2, "s", "n", "e", java.util.Set.of(RegionRole.PLANNER), List.of());
    assertTrue(planner.holds(Permission.STATISTICS, null));
    assertTrue(!planner.holds(Permission.MEMBER_READ, 1L), "planners read no members");
  }
}
