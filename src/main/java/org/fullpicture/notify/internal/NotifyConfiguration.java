package org.fullpicture.notify.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ NotifySettings.class, EmailSettings.class })
class NotifyConfiguration {

}
