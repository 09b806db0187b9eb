package org.inspectionplanner.web.store;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded H2 default is opened as {@code jdbc:h2:sync:retry:...;WRITE_DELAY=0} (application.yml): each
 * commit is written before it returns and forced to the device ({@link SyncFilePath}). This registers
 * that file system before any bean, the data source included, is made.
 */
@Configuration(proxyBeanMethods = false)
class DurableStore {

    @Bean
    static BeanFactoryPostProcessor registerSyncFileSystem() {
        return beanFactory -> SyncFilePath.register();
    }
}
