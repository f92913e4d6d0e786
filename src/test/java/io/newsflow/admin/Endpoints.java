package io.newsflow.admin;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every REST endpoint of the application that is not a GET (or HEAD/OPTIONS), found by scanning the
 * compiled classes for JAX-RS resource methods, so that a new endpoint is checked without anyone
 * adding it to a list. Vert.x routes ({@code io.quarkus.vertx.web.Route*}) are reported too.
 */
final class Endpoints {

  /** One mutating endpoint: HTTP method, path with parameters filled in, and the Java method. */
  record Endpoint(String httpMethod, String path, Method method) {
    boolean adminOnly() {
      return method.isAnnotationPresent(AdminOnly.class)
          || method.getDeclaringClass().isAnnotationPresent(AdminOnly.class);
    }

    @Override
    public String toString() {
      return httpMethod + " " + path + " (" + method.getDeclaringClass().getSimpleName() + ")";
    }
  }

  private Endpoints() {}

  static List<Endpoint> mutating() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> type : applicationClasses()) {
      Path base = type.getAnnotation(Path.class);
      for (Method method : type.getDeclaredMethods()) {
        String verb = httpMethod(method);
        if (verb == null || List.of("GET", "HEAD", "OPTIONS").contains(verb)) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = join(base == null ? "" : base.value(), sub == null ? "" : sub.value());
        endpoints.add(new Endpoint(verb, path.replaceAll("\\{[^}]*}", "x"), method));
      }
    }
    return endpoints;
  }

  /** Methods annotated as Vert.x routes: they bypass JAX-RS filters, so none may exist. */
  static List<Method> vertxRoutes() {
    List<Method> routes = new ArrayList<>();
    for (Class<?> type : applicationClasses()) {
      for (Method method : type.getDeclaredMethods()) {
        for (Annotation annotation : method.getAnnotations()) {
          if (annotation.annotationType().getName().startsWith("io.quarkus.vertx.web.Route")) {
            routes.add(method);
          }
        }
      }
    }
    return routes;
  }

  private static @Nullable String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String join(String base, String sub) {
    String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static List<Class<?>> applicationClasses() {
    java.nio.file.Path root = java.nio.file.Path.of("target/classes");
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("io/newsflow"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          classes.add(Class.forName(name, false, Endpoints.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load " + name, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }
}
