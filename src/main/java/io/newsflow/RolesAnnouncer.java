package io.newsflow;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at startup which roles this process runs, so a log shows what a deployment is. */
@ApplicationScoped
class RolesAnnouncer {

  private static final Logger LOG = Logger.getLogger(RolesAnnouncer.class);

  void onStart(@Observes StartupEvent event, NewsflowConfig config) {
    if (config.mode() == NewsflowConfig.Mode.SERVICE) {
      LOG.infof("newsflow roles: %s (newsflow.roles)", config.roles());
    }
  }
}
