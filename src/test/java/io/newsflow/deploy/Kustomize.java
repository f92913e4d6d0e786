package io.newsflow.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization in process, for tests: the subset of kustomize that newsflow's {@code
 * deploy/} uses, and a clear failure for anything else, so a manifest never silently means
 * something the test did not check. No kustomize library exists for Java, and the real binary is
 * not on the build machines.
 *
 * <p>Supported: {@code resources} (files, and directories holding a kustomization), {@code
 * namespace}, {@code labels} (metadata labels only), {@code generatorOptions.disableNameSuffixHash:
 * true}, {@code configMapGenerator} and {@code secretGenerator} ({@code files}, {@code literals},
 * {@code behavior} create/replace/merge, {@code options.labels}), {@code replicas}, and {@code
 * patches} as strategic-merge patches ({@code $patch: delete}; lists of objects merge by {@code
 * name}) from a {@code path} or inline {@code patch}, optionally applied to every resource a {@code
 * target} (group, version, kind, name) selects. Like kustomize's load restrictor, every file must
 * lie under the kustomization's own directory.
 */
final class Kustomize {

  static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());
  static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Set<String> FIELDS =
      Set.of(
          "apiVersion",
          "kind",
          "resources",
          "namespace",
          "labels",
          "generatorOptions",
          "configMapGenerator",
          "secretGenerator",
          "replicas",
          "patches");

  private Kustomize() {}

  /** The rendered resources of the kustomization in {@code dir}, in kustomize's input order. */
  static List<Map<String, Object>> render(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    Map<String, Object> k = readKustomization(root);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String entry : strings(k.get("resources"))) {
      Path path = root.resolve(entry).normalize();
      if (Files.isDirectory(path)) {
        out.addAll(render(path));
      } else {
        out.addAll(readDocuments(inside(root, entry)));
      }
    }
    boolean noHash = noHash(k);
    generate(root, k, "configMapGenerator", "ConfigMap", noHash, out);
    generate(root, k, "secretGenerator", "Secret", noHash, out);
    String namespace = (String) k.get("namespace");
    for (Map<String, Object> resource : out) {
      if (namespace != null && !"Namespace".equals(resource.get("kind"))) {
        map(resource, "metadata").put("namespace", namespace);
      }
    }
    for (Map<String, Object> label : maps(k.get("labels"))) {
      if (Boolean.TRUE.equals(label.get("includeSelectors"))
          || Boolean.TRUE.equals(label.get("includeTemplates"))) {
        throw new IllegalArgumentException(root + ": labels only on metadata are supported");
      }
      for (Map<String, Object> resource : out) {
        map(map(resource, "metadata"), "labels").putAll(map(label, "pairs"));
      }
    }
    for (Map<String, Object> patch : maps(k.get("patches"))) {
      applyPatch(root, patch, out);
    }
    for (Map<String, Object> replica : maps(k.get("replicas"))) {
      List<Map<String, Object>> targets =
          out.stream()
              .filter(r -> Objects.equals(name(r), replica.get("name")))
              .filter(r -> Set.of("Deployment", "StatefulSet").contains(r.get("kind")))
              .toList();
      if (targets.isEmpty()) {
        throw new IllegalArgumentException(root + ": replicas for missing " + replica.get("name"));
      }
      targets.forEach(r -> map(r, "spec").put("replicas", replica.get("count")));
    }
    return out;
  }

  /** Every file the kustomization in {@code dir} (and those it includes) names. */
  static List<Path> referencedFiles(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    Map<String, Object> k = readKustomization(root);
    List<Path> files = new ArrayList<>();
    files.add(kustomizationFile(root));
    for (String entry : strings(k.get("resources"))) {
      Path path = root.resolve(entry).normalize();
      files.addAll(Files.isDirectory(path) ? referencedFiles(path) : List.of(path));
    }
    for (String generator : List.of("configMapGenerator", "secretGenerator")) {
      for (Map<String, Object> g : maps(k.get(generator))) {
        for (String file : strings(g.get("files"))) {
          files.add(root.resolve(file.contains("=") ? file.split("=", 2)[1] : file).normalize());
        }
      }
    }
    for (Map<String, Object> patch : maps(k.get("patches"))) {
      if (patch.get("path") != null) {
        files.add(root.resolve((String) patch.get("path")).normalize());
      }
    }
    return files;
  }

  private static Map<String, Object> readKustomization(Path root) {
    Map<String, Object> k = readMap(kustomizationFile(root));
    for (String field : k.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(root + ": kustomization field not supported: " + field);
      }
    }
    return k;
  }

  private static Path kustomizationFile(Path root) {
    Path file = root.resolve("kustomization.yaml");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no kustomization.yaml in " + root);
    }
    return file;
  }

  private static boolean noHash(Map<String, Object> k) {
    Map<String, Object> options = map(k, "generatorOptions");
    return Boolean.TRUE.equals(options.get("disableNameSuffixHash"));
  }

  private static void generate(
      Path root,
      Map<String, Object> k,
      String field,
      String kind,
      boolean noHash,
      List<Map<String, Object>> out) {
    for (Map<String, Object> g : maps(k.get(field))) {
      String behavior = (String) g.getOrDefault("behavior", "create");
      Map<String, Object> existing =
          out.stream()
              .filter(r -> kind.equals(r.get("kind")) && Objects.equals(name(r), g.get("name")))
              .findFirst()
              .orElse(null);
      if (!noHash && existing == null) {
        throw new IllegalArgumentException(
            root + ": generators need generatorOptions.disableNameSuffixHash: true");
      }
      Map<String, Object> data = new LinkedHashMap<>();
      for (String file : strings(g.get("files"))) {
        String key = file.contains("=") ? file.split("=", 2)[0] : Path.of(file).getFileName() + "";
        String path = file.contains("=") ? file.split("=", 2)[1] : file;
        String content = read(inside(root, path));
        data.put(key, kind.equals("Secret") ? base64(content) : content);
      }
      for (String literal : strings(g.get("literals"))) {
        String[] pair = literal.split("=", 2);
        data.put(pair[0], kind.equals("Secret") ? base64(pair[1]) : pair[1]);
      }
      Map<String, Object> resource;
      switch (behavior) {
        case "create" -> {
          if (existing != null) {
            throw new IllegalArgumentException(root + ": " + g.get("name") + " exists already");
          }
          resource = new LinkedHashMap<>();
          resource.put("apiVersion", "v1");
          resource.put("kind", kind);
          map(resource, "metadata").put("name", g.get("name"));
          out.add(resource);
        }
        case "replace", "merge" -> {
          if (existing == null) {
            throw new IllegalArgumentException(root + ": nothing to " + behavior + " for " + g);
          }
          resource = existing;
          if (behavior.equals("replace")) {
            resource.remove("data");
          }
        }
        default -> throw new IllegalArgumentException(root + ": behavior " + behavior);
      }
      map(resource, "data").putAll(data);
      Map<String, Object> options = map(g, "options");
      map(map(resource, "metadata"), "labels").putAll(map(options, "labels"));
    }
  }

  private static void applyPatch(
      Path root, Map<String, Object> patch, List<Map<String, Object>> out) {
    List<Map<String, Object>> documents =
        patch.get("path") != null
            ? readDocuments(inside(root, (String) patch.get("path")))
            : parseDocuments((String) patch.get("patch"));
    Map<String, Object> target = map(patch, "target");
    for (Map<String, Object> document : documents) {
      List<Map<String, Object>> matched =
          out.stream()
              .filter(r -> target.isEmpty() ? sameResource(r, document) : selects(target, r))
              .toList();
      if (matched.isEmpty()) {
        throw new IllegalArgumentException(root + ": patch matches nothing: " + document);
      }
      for (Map<String, Object> resource : matched) {
        if ("delete".equals(document.get("$patch"))) {
          out.remove(resource);
        } else {
          Map<String, Object> body = new LinkedHashMap<>(document);
          body.remove("metadata");
          merge(resource, body);
        }
      }
    }
  }

  private static boolean sameResource(Map<String, Object> resource, Map<String, Object> patch) {
    return Objects.equals(resource.get("kind"), patch.get("kind"))
        && Objects.equals(resource.get("apiVersion"), patch.get("apiVersion"))
        && Objects.equals(name(resource), name(patch));
  }

  private static boolean selects(Map<String, Object> target, Map<String, Object> resource) {
    for (String field : target.keySet()) {
      if (!Set.of("group", "version", "kind", "name").contains(field)) {
        throw new IllegalArgumentException("patch target field not supported: " + field);
      }
    }
    String apiVersion = (String) resource.get("apiVersion");
    String group = apiVersion.contains("/") ? apiVersion.split("/")[0] : "";
    String version = apiVersion.contains("/") ? apiVersion.split("/")[1] : apiVersion;
    return matches(target.get("group"), group)
        && matches(target.get("version"), version)
        && matches(target.get("kind"), resource.get("kind"))
        && matches(target.get("name"), name(resource));
  }

  private static boolean matches(Object wanted, Object actual) {
    return wanted == null || wanted.equals(actual);
  }

  /** Strategic merge, the part of it these manifests need. */
  @SuppressWarnings("unchecked")
  static void merge(Map<String, Object> into, Map<String, Object> patch) {
    for (Map.Entry<String, Object> entry : patch.entrySet()) {
      Object current = into.get(entry.getKey());
      Object value = entry.getValue();
      if (current instanceof Map && value instanceof Map) {
        merge((Map<String, Object>) current, (Map<String, Object>) value);
      } else if (current instanceof List<?> list && value instanceof List<?> patches) {
        into.put(entry.getKey(), mergeLists(list, patches));
      } else {
        into.put(entry.getKey(), value);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> mergeLists(List<?> list, List<?> patches) {
    boolean named =
        patches.stream().allMatch(p -> p instanceof Map<?, ?> m && m.get("name") != null);
    if (!named) {
      return new ArrayList<>(patches);
    }
    List<Object> merged = new ArrayList<>(list);
    for (Object p : patches) {
      Map<String, Object> patch = (Map<String, Object>) p;
      Map<String, Object> match =
          merged.stream()
              .filter(e -> e instanceof Map<?, ?> m && patch.get("name").equals(m.get("name")))
              .map(e -> (Map<String, Object>) e)
              .findFirst()
              .orElse(null);
      if (match == null) {
        merged.add(patch);
      } else {
        merge(match, patch);
      }
    }
    return merged;
  }

  static String name(Map<String, Object> resource) {
    return (String) map(resource, "metadata").get("name");
  }

  private static Path inside(Path root, String relative) {
    Path path = root.resolve(relative).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException(
          root + ": " + relative + " lies outside the kustomization root (load restrictor)");
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(root + ": missing file " + relative);
    }
    return path;
  }

  static List<Map<String, Object>> readDocuments(Path file) {
    return parseDocuments(read(file));
  }

  static List<Map<String, Object>> parseDocuments(String yaml) {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (var parser = YAML.getFactory().createParser(yaml)) {
      var values = YAML.readValues(parser, new TypeReference<Map<String, Object>>() {});
      while (values.hasNextValue()) {
        Map<String, Object> document = values.nextValue();
        if (document != null && !document.isEmpty()) {
          documents.add(document);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  static Map<String, Object> readMap(Path file) {
    List<Map<String, Object>> documents = readDocuments(file);
    if (documents.size() != 1) {
      throw new IllegalArgumentException(file + ": expected one YAML document");
    }
    return documents.get(0);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (value == null) {
      Map<String, Object> created = new LinkedHashMap<>();
      parent.put(key, created);
      return created;
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Object value) {
    return value == null ? List.of() : (List<String>) value;
  }
}
