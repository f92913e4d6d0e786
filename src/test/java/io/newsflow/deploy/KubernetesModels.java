package io.newsflow.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads rendered manifests into typed models: fabric8's Kubernetes model (core, apps), fabric8's
 * Prometheus Operator model ({@code ServiceMonitor}, {@code PrometheusRule}) and Strimzi's own API
 * model ({@code Kafka}, {@code KafkaNodePool}, {@code KafkaTopic}). A wrong type fails the read; an
 * unknown field fails too: Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} alone cannot see them,
 * because these models keep unknown fields in an {@code additionalProperties} map, so every such
 * map in the object tree must be empty.
 */
final class KubernetesModels {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** apiVersion and kind to model class: the only kinds {@code deploy/} may contain. */
  static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.ofEntries(
          Map.entry("v1/Namespace", Namespace.class),
          Map.entry("v1/ServiceAccount", ServiceAccount.class),
          Map.entry("v1/ConfigMap", ConfigMap.class),
          Map.entry("v1/Secret", Secret.class),
          Map.entry("v1/Service", Service.class),
          Map.entry("apps/v1/Deployment", Deployment.class),
          Map.entry("apps/v1/StatefulSet", StatefulSet.class),
          Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
          Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
          Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
          Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
          Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

  private KubernetesModels() {}

  /** The typed resource; throws with the resource's name and the problem. */
  static HasMetadata read(Map<String, Object> resource) {
    String type = resource.get("apiVersion") + "/" + resource.get("kind");
    String name = type + " " + Kustomize.name(resource);
    Class<? extends HasMetadata> model = KINDS.get(type);
    if (model == null) {
      throw new IllegalArgumentException(name + ": no model for this kind in the manifest test");
    }
    HasMetadata typed;
    try {
      typed = MAPPER.convertValue(resource, model);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
    List<String> unknown = new ArrayList<>();
    walk(typed, "", unknown, new IdentityHashMap<>(), 0);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(name + ": unknown fields " + unknown);
    }
    return typed;
  }

  private static void walk(
      Object value, String path, List<String> unknown, Map<Object, Boolean> seen, int depth) {
    if (value == null || depth > 40 || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k, unknown, seen, depth + 1));
      return;
    }
    if (value instanceof Collection<?> list) {
      int i = 0;
      for (Object element : list) {
        walk(element, path + "[" + i++ + "]", unknown, seen, depth + 1);
      }
      return;
    }
    String pkg = value.getClass().getPackageName();
    if (!pkg.startsWith("io.fabric8.") && !pkg.startsWith("io.strimzi.")) {
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      if (Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() != 0
          || !method.getName().startsWith("get")
          || method.getReturnType().isPrimitive()
          || SKIPPED.contains(method.getName())) {
        continue;
      }
      Object child;
      try {
        child = method.invoke(value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      if (method.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          unknown.add((path.isEmpty() ? "" : path + ".") + extra.keySet());
        }
        continue;
      }
      String property =
          Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4);
      walk(child, path + "." + property, unknown, seen, depth + 1);
    }
  }

  private static final Set<String> SKIPPED =
      Set.of("getClass", "getMarkedForDeletion", "getFullResourceName", "getCRDName");
}
